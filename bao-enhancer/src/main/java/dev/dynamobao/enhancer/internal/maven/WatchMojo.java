package dev.dynamobao.enhancer.internal.maven;

import dev.dynamobao.codegen.internal.config.ProjectConfig;
import dev.dynamobao.codegen.internal.problem.ModelFileException;
import dev.dynamobao.codegen.internal.watch.ModelWatcher;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Goal {@code watch} ({@code mvn bao:watch}): generates, then regenerates on every change of the models file
 * until Ctrl-C. A broken file prints its problems and keeps the last good sources.
 */
@Mojo(name = "watch", threadSafe = true)
public final class WatchMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The config file; by default {@code dynamo-bao.yaml} in the project folder, when present. */
    @Parameter(property = "bao.config")
    private File configFile;

    /** The models file; overrides {@code paths.modelsDefinitionPath}. */
    @Parameter(property = "bao.models")
    private File modelsFile;

    /** The folder of generated sources; overrides {@code paths.modelsDir}. */
    @Parameter(property = "bao.outputDirectory")
    private File outputDirectory;

    /** The Java package of the generated sources; overrides {@code codegen.package}. */
    @Parameter(property = "bao.package")
    private String packageName;

    @Override
    public void execute() throws MojoFailureException {
        ProjectConfig config;
        try {
            config = ProjectConfigParameters.read(project.getBasedir(), configFile, modelsFile, outputDirectory, packageName);
        } catch (ModelFileException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        ModelWatcher watcher = new ModelWatcher(config, line -> getLog().info(line), 250);
        Thread stopper = new Thread(watcher::close, "bao-watch-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        watcher.run();
    }
}
