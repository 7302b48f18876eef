package dev.dynamobao.cli.internal;

import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.codegen.internal.config.ProjectConfig;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code bao update-table}: adds what a table made by an older dynamo-bao lacks (the indexes {@code gsi4},
 * {@code gsi5}, {@code iter_search_index} and TTL on {@code ttl}), as dynamo-bao's {@code bao-update-table} does.
 */
@Command(name = "update-table", mixinStandardHelpOptions = true,
        description = "Adds the indexes and the TTL an existing table lacks (a table made by an older dynamo-bao); idempotent.")
final class UpdateTableCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private ProjectOptions options = new ProjectOptions();

    @Override
    public void run() {
        ProjectConfig config = options.read();
        PrintWriter out = spec.commandLine().getOut();
        try (ModelClasses models = ModelClasses.of(config); BaoEntityManagerFactory bao = TableCommands.open(config, models)) {
            if (!bao.schema().exists()) {
                throw new IllegalArgumentException("The " + TableCommands.where(config)
                        + " does not exist; create it with bao create-table");
            }
            out.println("Updating the " + TableCommands.where(config));
            List<String> changes = bao.schema().updateTable();
            if (changes.isEmpty()) {
                out.println("The " + TableCommands.where(config) + " has every index and TTL; nothing to update");
            }
            changes.forEach(change -> out.println("  " + change));
        }
    }
}
