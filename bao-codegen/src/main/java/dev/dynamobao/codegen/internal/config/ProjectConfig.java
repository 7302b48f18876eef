package dev.dynamobao.codegen.internal.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The settings of a project, the Java analog of dynamo-bao's {@code config.js}: where the table is, where
 * the models are and where their sources go. Read by {@link ConfigFileReader} from {@code dynamo-bao.yaml},
 * environment variables and command-line options (in that rising order of precedence).
 *
 * @param configFile the file read, if any
 * @param region the AWS region
 * @param endpoint the DynamoDB endpoint, {@code null} for the SDK's default
 * @param tableName the table
 * @param modelsFile the {@code models.yaml}
 * @param outputDir the folder of generated sources
 * @param packageName the Java package of generated sources, {@code null} when only {@code models.yaml} may name it
 * @param tenancyEnabled {@code tenancy.enabled}
 * @param requireBatchContext {@code batchContext.requireBatchContext} (strict unit-of-work mode)
 */
public record ProjectConfig(Path configFile, String region, URI endpoint, String tableName, Path modelsFile,
        Path outputDir, String packageName, boolean tenancyEnabled, boolean requireBatchContext) {

    /** dynamo-bao's default table. */
    public static final String DEFAULT_TABLE = "dynamo-bao-dev";
    /** dynamo-bao's default region. */
    public static final String DEFAULT_REGION = "us-west-2";
    /** The default config file name, in the project folder. */
    public static final String FILE_NAME = "dynamo-bao.yaml";
    /** The default models file, in the project folder. */
    public static final String MODELS_FILE = "models.yaml";
    /** The default folder of generated sources, in the project folder. */
    public static final String OUTPUT_DIR = "target/generated-sources/bao";

    /** The defaults for a project in {@code projectDir}. */
    public static ProjectConfig defaults(Path projectDir) {
        return new ProjectConfig(null, DEFAULT_REGION, null, DEFAULT_TABLE, projectDir.resolve(MODELS_FILE),
                projectDir.resolve(OUTPUT_DIR), null, false, false);
    }

    /** The config file, if one was read. */
    public Optional<Path> file() {
        return Optional.ofNullable(configFile);
    }

    /** A copy with another table. */
    public ProjectConfig withTableName(String table) {
        return new ProjectConfig(configFile, region, endpoint, table, modelsFile, outputDir, packageName, tenancyEnabled,
                requireBatchContext);
    }

    /** A copy with another region. */
    public ProjectConfig withRegion(String newRegion) {
        return new ProjectConfig(configFile, newRegion, endpoint, tableName, modelsFile, outputDir, packageName,
                tenancyEnabled, requireBatchContext);
    }

    /** A copy with another endpoint. */
    public ProjectConfig withEndpoint(URI newEndpoint) {
        return new ProjectConfig(configFile, region, newEndpoint, tableName, modelsFile, outputDir, packageName,
                tenancyEnabled, requireBatchContext);
    }

    /** A copy with another models file. */
    public ProjectConfig withModelsFile(Path file) {
        return new ProjectConfig(configFile, region, endpoint, tableName, file, outputDir, packageName, tenancyEnabled,
                requireBatchContext);
    }

    /** A copy with another output folder. */
    public ProjectConfig withOutputDir(Path dir) {
        return new ProjectConfig(configFile, region, endpoint, tableName, modelsFile, dir, packageName, tenancyEnabled,
                requireBatchContext);
    }

    /** A copy with another package. */
    public ProjectConfig withPackageName(String name) {
        return new ProjectConfig(configFile, region, endpoint, tableName, modelsFile, outputDir, name, tenancyEnabled,
                requireBatchContext);
    }

    /** A copy with strict mode set. */
    public ProjectConfig withRequireBatchContext(boolean require) {
        return new ProjectConfig(configFile, region, endpoint, tableName, modelsFile, outputDir, packageName,
                tenancyEnabled, require);
    }

    /** A copy with tenancy set. */
    public ProjectConfig withTenancyEnabled(boolean enabled) {
        return new ProjectConfig(configFile, region, endpoint, tableName, modelsFile, outputDir, packageName, enabled,
                requireBatchContext);
    }
}
