package dev.dynamobao.cli.internal;

import dev.dynamobao.BaoException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bao} command: {@code init}, {@code generate}, {@code watch}, {@code create-table} and
 * {@code delete-table}, the Java counterparts of dynamo-bao's {@code bao-init}, {@code bao-codegen},
 * {@code bao-watch}, {@code bao-create-table} and {@code bao-delete}. Exit code 0 on success, 1 on any error.
 */
@Command(name = "bao", mixinStandardHelpOptions = true, version = "DynamoBao for Java 0.1.0",
        description = "Models in dynamo-bao's models.yaml, Java entities generated from them, and the DynamoDB table.",
        subcommands = {InitCommand.class, GenerateCommand.class, WatchCommand.class, CreateTableCommand.class,
            DeleteTableCommand.class})
public final class BaoCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs {@code bao} with {@code args} and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs {@code bao} with {@code args}, printing to {@code out} and {@code err}; the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine command = new CommandLine(new BaoCli());
        command.setOut(out);
        command.setErr(err);
        command.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof BaoException || e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException) {
                line.getErr().println("error: " + e.getMessage());
            } else {
                line.getErr().println("error: " + e);
                e.printStackTrace(line.getErr());
            }
            return 1;
        });
        int code = command.execute(args);
        out.flush();
        err.flush();
        return code == 0 ? 0 : 1;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
