package dev.dynamobao.codegen.internal.config;

import dev.dynamobao.codegen.internal.problem.ModelFileException;
import dev.dynamobao.codegen.internal.problem.Problem;
import dev.dynamobao.codegen.internal.problem.Problems;
import dev.dynamobao.codegen.internal.yaml.YamlFile;
import dev.dynamobao.codegen.internal.yaml.YamlMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.SourceVersion;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads {@code dynamo-bao.yaml} (same sections as dynamo-bao's {@code config.js}: {@code aws}, {@code db},
 * {@code paths}, {@code codegen}, {@code tenancy}, {@code batchContext}) and applies the environment on top:
 * {@code DYNAMO_BAO_TABLE}, {@code AWS_REGION}, {@code AWS_ENDPOINT_URL_DYNAMODB},
 * {@code DYNAMO_BAO_REQUIRE_BATCH_CONTEXT=true}, {@code DYNAMO_BAO_TENANCY_ENABLED=true}. Relative paths are
 * relative to the file's folder. Unknown keys and wrong values are reported together, with their positions.
 */
public final class ConfigFileReader {

    /** Environment variable naming the config file, as in dynamo-bao. */
    public static final String CONFIG_VARIABLE = "DYNAMO_BAO_CONFIG";

    private static final Map<String, List<String>> SECTIONS = Map.of(
            "aws", List.of("region", "endpoint"),
            "db", List.of("tableName"),
            "paths", List.of("modelsDefinitionPath", "modelsDir"),
            "codegen", List.of("package"),
            "tenancy", List.of("enabled"),
            "batchContext", List.of("requireBatchContext"));
    private static final List<String> SECTION_ORDER = List.of("aws", "db", "paths", "codegen", "tenancy", "batchContext");

    private ConfigFileReader() {
    }

    /**
     * The configuration of the project in {@code projectDir}: {@code explicitFile} when given (it must
     * exist), else the file {@code DYNAMO_BAO_CONFIG} names, else {@code projectDir/dynamo-bao.yaml} when
     * present, else the defaults; then the environment.
     *
     * @throws ModelFileException for a missing explicit file or any problem of the file
     */
    public static ProjectConfig read(Path projectDir, Path explicitFile, Function<String, String> environment) {
        Path file = explicitFile;
        String fromVariable = environment.apply(CONFIG_VARIABLE);
        if (file == null && fromVariable != null && !fromVariable.isBlank()) {
            file = projectDir.resolve(fromVariable);
        }
        ProjectConfig config;
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                String via = explicitFile != null ? "" : " (named by " + CONFIG_VARIABLE + ")";
                throw new ModelFileException(file.toString(), List.of(new Problem(file.toString(), 1, 1, null, null,
                        "the config file" + via + " does not exist", "create it (bao init writes one) or point to an existing file")));
            }
            config = readFile(file);
        } else {
            Path standard = projectDir.resolve(ProjectConfig.FILE_NAME);
            config = Files.isRegularFile(standard) ? readFile(standard) : ProjectConfig.defaults(projectDir);
        }
        return applyEnvironment(config, environment);
    }

    /** {@code config} with the environment variables applied. */
    public static ProjectConfig applyEnvironment(ProjectConfig config, Function<String, String> environment) {
        ProjectConfig result = config;
        String table = environment.apply("DYNAMO_BAO_TABLE");
        if (table != null && !table.isBlank()) {
            result = result.withTableName(table);
        }
        String region = environment.apply("AWS_REGION");
        if (region != null && !region.isBlank()) {
            result = result.withRegion(region);
        }
        String endpoint = environment.apply("AWS_ENDPOINT_URL_DYNAMODB");
        if (endpoint != null && !endpoint.isBlank()) {
            result = result.withEndpoint(URI.create(endpoint));
        }
        if ("true".equalsIgnoreCase(environment.apply("DYNAMO_BAO_REQUIRE_BATCH_CONTEXT"))) {
            result = result.withRequireBatchContext(true);
        }
        if ("true".equalsIgnoreCase(environment.apply("DYNAMO_BAO_TENANCY_ENABLED"))) {
            result = result.withTenancyEnabled(true);
        }
        return result;
    }

    private static ProjectConfig readFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the config file " + file + ": " + e.getMessage(), e);
        }
        return readText(file.getFileName().toString(), text, file.toAbsolutePath().getParent(), file);
    }

    /**
     * The settings of a config file given as text (a class path resource), without the environment.
     *
     * @param name the name problems are reported with
     * @param text the file's content
     * @param base the folder relative paths are resolved against
     * @param file the file to record as read, {@code null} when it is not a file
     * @throws ModelFileException for any problem of the text
     */
    public static ProjectConfig readText(String name, String text, Path base, Path file) {
        ProjectConfig config = ProjectConfig.defaults(base);
        config = new ProjectConfig(file, config.region(), config.endpoint(), config.tableName(), config.modelsFile(),
                config.outputDir(), config.packageName(), config.tenancyEnabled(), config.requireBatchContext());
        Problems problems = new Problems(name);
        Optional<Node> root = YamlFile.parse(name, text);
        if (root.isEmpty()) {
            return config;
        }
        Optional<YamlMap> top = YamlMap.of(root.get(), "the config file", problems, null, null);
        if (top.isPresent()) {
            top.get().rejectUnknownKeys(SECTION_ORDER, "the config file");
            for (String section : SECTION_ORDER) {
                Optional<YamlMap.Entry> entry = top.get().entry(section);
                if (entry.isEmpty()) {
                    continue;
                }
                Optional<YamlMap> map = YamlMap.of(entry.get().value(), "\"" + section + "\"", problems, null, null);
                if (map.isEmpty()) {
                    continue;
                }
                map.get().rejectUnknownKeys(SECTIONS.get(section), "\"" + section + "\"");
                config = apply(section, map.get(), config, base, problems);
            }
        }
        problems.throwIfAny();
        return config;
    }

    private static ProjectConfig apply(String section, YamlMap map, ProjectConfig config, Path base, Problems problems) {
        ProjectConfig result = config;
        switch (section) {
            case "aws" -> {
                result = result.withRegion(map.text("region").orElse(result.region()));
                Optional<String> endpoint = map.entry("endpoint").isPresent() ? map.text("endpoint") : Optional.empty();
                if (endpoint.isPresent()) {
                    try {
                        URI uri = new URI(endpoint.get());
                        if (uri.getScheme() == null || uri.getHost() == null) {
                            throw new URISyntaxException(endpoint.get(), "no scheme or host");
                        }
                        result = result.withEndpoint(uri);
                    } catch (URISyntaxException e) {
                        problems.add(map.entry("endpoint").get().value(), null, null, "endpoint \"" + endpoint.get()
                                + "\" is not a URL", "write it like http://localhost:8000");
                    }
                }
            }
            case "db" -> result = result.withTableName(map.text("tableName").orElse(result.tableName()));
            case "paths" -> {
                if (map.entry("modelsDefinitionPath").isPresent()) {
                    result = result.withModelsFile(map.text("modelsDefinitionPath").map(base::resolve).orElse(result.modelsFile()));
                }
                if (map.entry("modelsDir").isPresent()) {
                    result = result.withOutputDir(map.text("modelsDir").map(base::resolve).orElse(result.outputDir()));
                }
            }
            case "codegen" -> {
                Optional<String> pkg = map.entry("package").isPresent() ? map.text("package") : Optional.empty();
                if (pkg.isPresent() && !SourceVersion.isName(pkg.get())) {
                    problems.add(map.entry("package").get().value(), null, null, "\"" + pkg.get()
                            + "\" is not a Java package name", "use a name like com.example.model");
                } else if (pkg.isPresent()) {
                    result = result.withPackageName(pkg.get());
                }
            }
            case "tenancy" -> result = result.withTenancyEnabled(map.bool("enabled").orElse(result.tenancyEnabled()));
            case "batchContext" -> result = result.withRequireBatchContext(
                    map.bool("requireBatchContext").orElse(result.requireBatchContext()));
            default -> throw new IllegalStateException(section);
        }
        return result;
    }
}
