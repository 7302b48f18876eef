package dev.dynamobao.enhancer.internal;

import java.util.List;

/**
 * Outcome of enhancing a folder of class files.
 *
 * @param enhancedClasses binary names of the classes that were enhanced in this run (classes
 *     enhanced by an earlier run are not counted again)
 */
public record EnhancementReport(List<String> enhancedClasses) {

    /** Copies the list. */
    public EnhancementReport {
        enhancedClasses = List.copyOf(enhancedClasses);
    }

    /** Number of classes enhanced in this run. */
    public int enhancedCount() {
        return enhancedClasses.size();
    }
}
