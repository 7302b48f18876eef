package dev.dynamobao.enhancer.internal.maven;

import dev.dynamobao.enhancer.internal.ClassFolderEnhancer;
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
            report = new ClassFolderEnhancer(classPath).enhance(folder.toPath());
        } catch (EnhancementFailedException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot enhance the classes in " + folder + ": " + e.getMessage(), e);
        }
        getLog().info("DynamoBao: enhanced " + report.enhancedCount() + " entity class(es) for dirty tracking in "
                + folder + " (" + report.alreadyEnhancedClasses().size() + " already enhanced)");
        report.enhancedClasses().forEach(name -> getLog().debug("  enhanced " + name));
    }
}
