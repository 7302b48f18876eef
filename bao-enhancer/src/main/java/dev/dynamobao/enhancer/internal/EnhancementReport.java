package dev.dynamobao.enhancer.internal;

import java.util.List;

/**
 * Outcome of enhancing a folder of class files.
 *
 * @param enhancedClasses binary names of the classes enhanced in this run
 * @param alreadyEnhancedClasses binary names of the entity classes an earlier run had enhanced,
 *     left as they were
 */
public record EnhancementReport(List<String> enhancedClasses, List<String> alreadyEnhancedClasses) {

    /** Copies the lists. */
    public EnhancementReport {
        enhancedClasses = List.copyOf(enhancedClasses);
        alreadyEnhancedClasses = List.copyOf(alreadyEnhancedClasses);
    }

    /** A report of a run that found no classes. */
    static EnhancementReport empty() {
        return new EnhancementReport(List.of(), List.of());
    }

    /** Number of classes enhanced in this run. */
    public int enhancedCount() {
        return enhancedClasses.size();
    }
}
