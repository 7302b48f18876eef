package dev.dynamobao.enhancer.internal.maven;

import dev.dynamobao.codegen.internal.config.ProjectConfig;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters that the {@code generate} and {@code watch} goals share: where the config file, the
 * models file and the generated sources are, and their package.
 */
abstract class ModelsFileMojo extends AbstractMojo {

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

    /** The project this goal runs in. */
    final MavenProject project() {
        return project;
    }

    /** Settings from {@code dynamo-bao.yaml}, then the environment, then these parameters. */
    final ProjectConfig readConfig() {
        return ProjectConfigParameters.read(project.getBasedir(), configFile, modelsFile, outputDirectory, packageName);
    }
}
