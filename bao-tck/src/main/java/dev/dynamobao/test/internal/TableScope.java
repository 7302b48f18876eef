package dev.dynamobao.test.internal;

import dev.dynamobao.test.BaoTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Which JUnit context owns the table a context uses: the test method's context with
 * {@code tablePerTest}, otherwise the context of the class carrying {@link BaoTest} (a
 * {@code @Nested} class without its own annotation uses its enclosing class's table).
 *
 * @param owner    the context whose table it is; empty when there is none at this level
 *                 (class level with {@code tablePerTest})
 * @param entities the entity classes of the nearest {@code @BaoTest}
 */
public record TableScope(Optional<ExtensionContext> owner, List<Class<?>> entities) {

    /** The scope of the table {@code context} uses. */
    public static TableScope of(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        ExtensionContext annotated = classContext;
        Optional<BaoTest> annotation = annotationOf(annotated);
        while (annotation.isEmpty() && annotated.getParent().flatMap(ExtensionContext::getTestClass).isPresent()) {
            annotated = annotated.getParent().get();
            annotation = annotationOf(annotated);
        }
        List<Class<?>> entities = annotation.map(found -> List.of(found.entities())).orElse(List.of());
        boolean perTest = annotation.map(BaoTest::tablePerTest).orElse(false);
        if (!perTest) {
            return new TableScope(Optional.of(annotated), entities);
        }
        return new TableScope(context.getTestMethod().isPresent() ? Optional.of(context) : Optional.empty(), entities);
    }

    /** Whether {@code context} itself owns the table. */
    public boolean ownedBy(ExtensionContext context) {
        return owner.filter(found -> found.getUniqueId().equals(context.getUniqueId())).isPresent();
    }

    private static Optional<BaoTest> annotationOf(ExtensionContext context) {
        return context.getTestClass().flatMap(testClass -> AnnotationSupport.findAnnotation(testClass, BaoTest.class));
    }
}
