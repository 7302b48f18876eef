package dev.dynamobao.enhancer.internal.maven;

import dev.dynamobao.enhancer.internal.ClassFolderEnhancer;
import dev.dynamobao.enhancer.internal.ClassNameFilter;
import dev.dynamobao.enhancer.internal.EnhancementFailedException;
import dev.dynamobao.enhancer.internal.EnhancementReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** Runs {@link ClassFolderEnhancer} over one output folder; subclasses say which folder and class path. */
abstract class AbstractEnhanceMojo extends AbstractMojo {

    /** Skips the enhancement. */
    @Parameter(property = "bao.enhance.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Entity classes to leave unenhanced, as glob patterns over binary class names: {@code *}
     * within a package, {@code **} across packages (e.g. {@code com.acme.legacy.*}). Such classes
     * still work; the engine compares them with a snapshot at flush time.
     */
    @Parameter(property = "bao.enhance.excludes")
    private List<String> excludes;

    /** The folder of compiled classes to enhance in place. */
    abstract File classesDirectory();

    /** Folders and jars that resolve the types the classes refer to. */
    abstract List<String> classPathElements();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("DynamoBao enhancement skipped");
            return;
        }
        File folder = classesDirectory();
        List<Path> classPath = classPathElements().stream().map(Path::of).collect(Collectors.toList());
        EnhancementReport report;
        try {
            report = new ClassFolderEnhancer(classPath, ClassNameFilter.of(excludes)).enhance(folder.toPath());
        } catch (IllegalArgumentException | EnhancementFailedException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot enhance the classes in " + folder + ": " + e.getMessage(), e);
        }
        getLog().info("DynamoBao: enhanced " + report.enhancedCount() + " entity class(es) for dirty tracking in "
                + folder + " (" + report.alreadyEnhancedClasses().size() + " already enhanced)");
        report.enhancedClasses().forEach(name -> getLog().debug("  enhanced " + name));
        if (!report.excludedClasses().isEmpty()) {
            getLog().info("DynamoBao: left " + report.excludedClasses().size() + " entity class(es) unenhanced as configured"
                    + " by <excludes> (they use snapshot comparison): " + String.join(", ", report.excludedClasses()));
        }
    }
}
