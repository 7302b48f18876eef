package dev.dynamobao.processor.internal;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** The model problems found in one compilation, each on the element (and annotation) at fault. */
public final class Problems {

    /**
     * One problem.
     *
     * @param element the offending element
     * @param annotation the offending annotation on it, or {@code null}
     * @param message the message, worded as the engine's factory-time check words it, with the fix
     */
    public record Problem(Element element, AnnotationMirror annotation, String message) {
    }

    private final List<Problem> found = new ArrayList<>();

    /** Records a problem on {@code element}. */
    public void add(Element element, String message) {
        found.add(new Problem(element, null, message));
    }

    /** Records a problem on {@code annotation} of {@code element}. */
    public void add(Element element, AnnotationMirror annotation, String message) {
        found.add(new Problem(element, annotation, message));
    }

    /** Every problem, in the order found. */
    public List<Problem> all() {
        return List.copyOf(found);
    }

    /** How many problems were found so far. */
    public int count() {
        return found.size();
    }
}
