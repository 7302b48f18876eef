package dev.dynamobao.cli.internal;

import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.codegen.internal.config.ProjectConfig;
import dev.dynamobao.schema.SchemaManager;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code bao create-table}: creates the project's table with DynamoBao's layout (dynamo-bao's {@code bao-create-table}),
 * or says that it exists; an existing table with a different layout is reported, and is an error.
 */
@Command(name = "create-table", mixinStandardHelpOptions = true,
        description = "Creates the table (gsi1-gsi5, iter_index, iter_search_index, TTL on ttl) if it is missing; idempotent.")
final class CreateTableCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private ProjectOptions options = new ProjectOptions();

    @Override
    public void run() {
        ProjectConfig config = options.read();
        PrintWriter out = spec.commandLine().getOut();
        try (ModelClasses models = ModelClasses.of(config); BaoEntityManagerFactory bao = TableCommands.open(config, models)) {
            out.println("Models checked: " + models.classes().stream().map(Class::getSimpleName).toList());
            SchemaManager schema = bao.schema();
            if (schema.exists()) {
                List<String> differences = schema.differences();
                if (differences.isEmpty()) {
                    out.println("The " + TableCommands.where(config) + " exists with the DynamoBao layout; nothing to create");
                    return;
                }
                throw new dev.dynamobao.BaoException("The " + TableCommands.where(config) + " exists but differs from the"
                        + " DynamoBao layout: " + String.join("; ", differences));
            }
            schema.createTable();
            out.println("Created the " + TableCommands.where(config)
                    + " (key _pk/_sk, GSIs gsi1-gsi5, iter_index, iter_search_index, TTL on ttl)");
        }
    }
}
