package dev.dynamobao.enhancer.internal;

import java.util.List;

/**
 * Outcome of enhancing a folder of class files.
 *
 * @param enhancedClasses binary names of the classes enhanced in this run
 * @param alreadyEnhancedClasses binary names of the entity classes an earlier run had enhanced,
 *     left as they were
 * @param excludedClasses binary names of the entity classes left unenhanced because the
 *     configuration excludes them
 */
public record EnhancementReport(List<String> enhancedClasses, List<String> alreadyEnhancedClasses,
                                List<String> excludedClasses) {

    /** Copies the lists. */
    public EnhancementReport {
        enhancedClasses = List.copyOf(enhancedClasses);
        alreadyEnhancedClasses = List.copyOf(alreadyEnhancedClasses);
        excludedClasses = List.copyOf(excludedClasses);
    }

    /** A report of a run that found no classes. */
    static EnhancementReport empty() {
        return new EnhancementReport(List.of(), List.of(), List.of());
    }

    /** Number of classes enhanced in this run. */
    public int enhancedCount() {
        return enhancedClasses.size();
    }
}
