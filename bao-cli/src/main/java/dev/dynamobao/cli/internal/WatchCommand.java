package dev.dynamobao.cli.internal;

import dev.dynamobao.codegen.internal.watch.ModelWatcher;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code bao watch}: regenerate on every change of {@code models.yaml} until Ctrl-C (dynamo-bao's {@code bao-watch}). */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Generates, then regenerates within a second of every change; a broken file keeps the last good sources.")
final class WatchCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private ProjectOptions options = new ProjectOptions();

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        ModelWatcher watcher = new ModelWatcher(options.read(), line -> {
            out.println(line);
            out.flush();
        }, 250);
        Runtime.getRuntime().addShutdownHook(new Thread(watcher::close, "bao-watch-stop"));
        watcher.run();
    }
}
