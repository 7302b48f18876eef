package dev.dynamobao.processor.internal;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints problems on their element or annotation. A repeated annotation ({@code @Index},
 * {@code @Unique}) lives inside a container the compiler synthesized, which has no source position
 * of its own; with javac, the diagnostic is then placed on the matching annotation of the source
 * through the compiler tree API; elsewhere it falls back to the class.
 */
public final class DiagnosticReporter {

    private final Messager messager;
    private final Trees trees;

    /** Creates a reporter for {@code environment}. */
    public DiagnosticReporter(ProcessingEnvironment environment) {
        this.messager = environment.getMessager();
        this.trees = treesOf(environment);
    }

    private static Trees treesOf(ProcessingEnvironment environment) {
        try {
            return Trees.instance(environment);
        } catch (IllegalArgumentException | LinkageError notJavac) {
            return null;
        }
    }

    /** Prints {@code problem} with {@code kind}. */
    public void print(Diagnostic.Kind kind, Problems.Problem problem) {
        Element element = problem.element();
        AnnotationMirror annotation = problem.annotation();
        if (annotation == null || element.getAnnotationMirrors().contains(annotation)) {
            messager.printMessage(kind, problem.message(), element, annotation);
            return;
        }
        AnnotationTree tree = trees == null ? null : sourceOfRepeated(element, annotation);
        if (tree == null) {
            messager.printMessage(kind, problem.message(), element);
            return;
        }
        trees.printMessage(kind, problem.message(), tree, trees.getPath(element).getCompilationUnit());
    }

    /** The source annotation of a repeated annotation: the n-th annotation of its type on the class. */
    private AnnotationTree sourceOfRepeated(Element element, AnnotationMirror annotation) {
        int ordinal = ordinalInContainer(element, annotation);
        TreePath path = trees.getPath(element);
        if (ordinal < 0 || path == null || !(path.getLeaf() instanceof ClassTree type)) {
            return null;
        }
        String simpleName = annotation.getAnnotationType().asElement().getSimpleName().toString();
        List<AnnotationTree> sameType = new ArrayList<>();
        for (AnnotationTree tree : type.getModifiers().getAnnotations()) {
            String written = tree.getAnnotationType().toString();
            if (written.equals(simpleName) || written.endsWith("." + simpleName)) {
                sameType.add(tree);
            }
        }
        return ordinal < sameType.size() ? sameType.get(ordinal) : null;
    }

    private static int ordinalInContainer(Element element, AnnotationMirror annotation) {
        for (AnnotationMirror container : element.getAnnotationMirrors()) {
            for (AnnotationValue value : container.getElementValues().values()) {
                if (value.getValue() instanceof List<?> items) {
                    for (int i = 0; i < items.size(); i++) {
                        if (items.get(i) instanceof AnnotationValue item && item.getValue() == annotation) {
                            return i;
                        }
                    }
                }
            }
        }
        return -1;
    }
}
