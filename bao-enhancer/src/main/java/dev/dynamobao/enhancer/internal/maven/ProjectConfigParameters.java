package dev.dynamobao.enhancer.internal.maven;

import dev.dynamobao.codegen.internal.config.ConfigFileReader;
import dev.dynamobao.codegen.internal.config.ProjectConfig;
import java.io.File;

/** The plugin parameters that override {@code dynamo-bao.yaml}, shared by the goals generate and watch. */
final class ProjectConfigParameters {

    private ProjectConfigParameters() {
    }

    /** The project's configuration: its file (or {@code configFile}), the environment, then the goal's parameters. */
    static ProjectConfig read(File baseDir, File configFile, File modelsFile, File outputDirectory, String packageName) {
        ProjectConfig config = ConfigFileReader.read(baseDir.toPath(), configFile == null ? null : configFile.toPath(),
                System::getenv);
        if (modelsFile != null) {
            config = config.withModelsFile(modelsFile.toPath());
        }
        if (outputDirectory != null) {
            config = config.withOutputDir(outputDirectory.toPath());
        }
        if (packageName != null && !packageName.isBlank()) {
            config = config.withPackageName(packageName);
        }
        return config;
    }
}
