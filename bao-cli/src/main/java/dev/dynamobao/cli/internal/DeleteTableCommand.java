package dev.dynamobao.cli.internal;

import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.codegen.internal.config.ProjectConfig;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bao delete-table --yes}: deletes the project's table and all its items (dynamo-bao's {@code bao-delete}). */
@Command(name = "delete-table", mixinStandardHelpOptions = true,
        description = "Deletes the table and every item in it. Needs --yes.")
final class DeleteTableCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private ProjectOptions options = new ProjectOptions();

    @Option(names = "--yes", description = "Confirms that the table and its data are to be deleted.")
    private boolean yes;

    @Override
    public void run() {
        ProjectConfig config = options.read();
        if (!yes) {
            throw new IllegalArgumentException("delete-table deletes the " + TableCommands.where(config)
                    + " with all its items; add --yes to confirm");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ModelClasses models = ModelClasses.of(config); BaoEntityManagerFactory bao = TableCommands.open(config, models)) {
            if (!bao.schema().exists()) {
                out.println("The " + TableCommands.where(config) + " does not exist; nothing to delete");
                return;
            }
            bao.schema().deleteTable();
            out.println("Deleted the " + TableCommands.where(config));
        }
    }
}
