package dev.dynamobao.processor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** Reads annotations by qualified name from the language model (no annotation classes needed). */
final class Annotations {

    private Annotations() {
    }

    /** The annotation of type {@code name} on {@code element}, or {@code null}. */
    static AnnotationMirror find(Element element, String name) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (nameOf(mirror).equals(name)) {
                return mirror;
            }
        }
        return null;
    }

    /** Whether {@code element} carries an annotation of type {@code name}. */
    static boolean has(Element element, String name) {
        return find(element, name) != null;
    }

    /** The repeated annotations {@code name}, written directly or inside their {@code container}. */
    static List<AnnotationMirror> repeated(Element element, String name, String container) {
        List<AnnotationMirror> result = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (nameOf(mirror).equals(name)) {
                result.add(mirror);
            } else if (nameOf(mirror).equals(container) && value(mirror, "value") instanceof List<?> values) {
                for (Object each : values) {
                    if (each instanceof AnnotationValue annotationValue
                            && annotationValue.getValue() instanceof AnnotationMirror inner) {
                        result.add(inner);
                    }
                }
            }
        }
        return result;
    }

    /** The value of {@code attribute} (default included), unwrapped from its {@link AnnotationValue}. */
    static Object value(AnnotationMirror mirror, String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return entry.getValue().getValue();
            }
        }
        TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
        for (Element member : type.getEnclosedElements()) {
            if (member instanceof ExecutableElement method && method.getSimpleName().contentEquals(attribute)
                    && method.getDefaultValue() != null) {
                return method.getDefaultValue().getValue();
            }
        }
        return null;
    }

    /** A string attribute, or {@code fallback} when absent. */
    static String string(AnnotationMirror mirror, String attribute, String fallback) {
        return value(mirror, attribute) instanceof String text ? text : fallback;
    }

    /** An enum attribute's constant name, or {@code null}. */
    static String enumName(AnnotationMirror mirror, String attribute) {
        return value(mirror, attribute) instanceof VariableElement constant ? constant.getSimpleName().toString() : null;
    }

    /** An int attribute, or {@code fallback}. */
    static int integer(AnnotationMirror mirror, String attribute, int fallback) {
        return value(mirror, attribute) instanceof Integer number ? number : fallback;
    }

    /** A boolean attribute, or {@code fallback}. */
    static boolean bool(AnnotationMirror mirror, String attribute, boolean fallback) {
        return value(mirror, attribute) instanceof Boolean flag ? flag : fallback;
    }

    private static String nameOf(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }
}
