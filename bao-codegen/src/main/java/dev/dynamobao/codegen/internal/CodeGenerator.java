package dev.dynamobao.codegen.internal;

import dev.dynamobao.codegen.internal.config.ProjectConfig;
import dev.dynamobao.codegen.internal.generate.GeneratedSources;
import dev.dynamobao.codegen.internal.generate.SourceFolderWriter;
import dev.dynamobao.codegen.internal.model.ModelFile;
import dev.dynamobao.codegen.internal.problem.ModelFileException;
import dev.dynamobao.codegen.internal.problem.Problem;
import dev.dynamobao.codegen.internal.read.ModelFileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one path from {@code models.yaml} to Java sources, shared by the {@code bao} CLI and the Maven goals:
 * read and check the whole file, generate every source in memory, and only then write them.
 */
public final class CodeGenerator {

    /** What a generation did. */
    public record Result(ModelFile models, GeneratedSources sources, SourceFolderWriter.Report report) {
    }

    private CodeGenerator() {
    }

    /**
     * Reads and checks the models file of {@code config}.
     *
     * @throws ModelFileException listing every problem of the file
     */
    public static ModelFile read(Path modelsFile) {
        if (!Files.isRegularFile(modelsFile)) {
            throw new ModelFileException(modelsFile.toString(), List.of(new Problem(modelsFile.toString(), 1, 1, null, null,
                    "the models file does not exist", "create it (bao init writes one) or set paths.modelsDefinitionPath in "
                            + ProjectConfig.FILE_NAME)));
        }
        try {
            return ModelFileReader.read(modelsFile.toString(), Files.readString(modelsFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + modelsFile + ": " + e.getMessage(), e);
        }
    }

    /** The sources of {@code config}'s models, without writing them. */
    public static GeneratedSources sources(ProjectConfig config) {
        ModelFile models = read(config.modelsFile());
        return GeneratedSources.of(models, packageName(config, models), config.modelsFile().getFileName().toString());
    }

    /**
     * Generates the sources of {@code config}'s models into its output folder. Nothing is written when the
     * file has a problem.
     *
     * @throws ModelFileException listing every problem of the file
     */
    public static Result generate(ProjectConfig config) {
        ModelFile models = read(config.modelsFile());
        GeneratedSources sources = GeneratedSources.of(models, packageName(config, models),
                config.modelsFile().getFileName().toString());
        return new Result(models, sources, new SourceFolderWriter(config.outputDir()).write(sources));
    }

    private static String packageName(ProjectConfig config, ModelFile models) {
        if (config.packageName() != null) {
            return config.packageName();
        }
        if (models.javaPackage() != null) {
            return models.javaPackage();
        }
        String file = config.modelsFile().toString();
        throw new ModelFileException(file, List.of(new Problem(file, 1, 1, null, null,
                "no Java package for the generated sources", "set codegen.package in " + ProjectConfig.FILE_NAME
                        + " (or java.package in the models file, or the package option of the command)")));
    }
}
