package dev.dynamobao.cli.internal;

import dev.dynamobao.codegen.internal.config.ConfigFileReader;
import dev.dynamobao.codegen.internal.config.ProjectConfig;
import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command shares; they override {@code dynamo-bao.yaml} and the environment. */
final class ProjectOptions {

    @Option(names = "--project", description = "The project folder (default: the current folder).")
    Path project;

    @Option(names = {"-c", "--config"}, description = "The config file (default: dynamo-bao.yaml in the project folder, "
            + "or $DYNAMO_BAO_CONFIG).")
    Path config;

    @Option(names = "--models", description = "The models file (overrides paths.modelsDefinitionPath).")
    Path models;

    @Option(names = "--output", description = "The folder of generated sources (overrides paths.modelsDir).")
    Path output;

    @Option(names = "--package", description = "The Java package of generated sources (overrides codegen.package).")
    String packageName;

    @Option(names = "--table", description = "The table (overrides db.tableName and $DYNAMO_BAO_TABLE).")
    String table;

    @Option(names = "--endpoint", description = "The DynamoDB endpoint (overrides aws.endpoint and $AWS_ENDPOINT_URL_DYNAMODB).")
    URI endpoint;

    @Option(names = "--region", description = "The AWS region (overrides aws.region and $AWS_REGION).")
    String region;

    /** The configuration: file, then environment, then these options. */
    ProjectConfig read() {
        Path folder = project != null ? project : Path.of("").toAbsolutePath();
        ProjectConfig result = ConfigFileReader.read(folder, config, System::getenv);
        if (models != null) {
            result = result.withModelsFile(models.toAbsolutePath());
        }
        if (output != null) {
            result = result.withOutputDir(output.toAbsolutePath());
        }
        if (packageName != null) {
            result = result.withPackageName(packageName);
        }
        if (table != null) {
            result = result.withTableName(table);
        }
        if (endpoint != null) {
            result = result.withEndpoint(endpoint);
        }
        if (region != null) {
            result = result.withRegion(region);
        }
        return result;
    }
}
