package dev.dynamobao.cli.internal;

import dev.dynamobao.codegen.internal.init.ProjectInitializer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bao init}: the starter files of a project, like dynamo-bao's {@code npx bao-init}. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Writes dynamo-bao.yaml, the seed's models.yaml (User, Post) and a sample main; never overwrites.")
final class InitCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", description = "The folder (default: the current folder).")
    private Path folder;

    @Option(names = "--package", defaultValue = "com.example.app", description = "The Java package (default: ${DEFAULT-VALUE}).")
    private String packageName;

    @Override
    public void run() {
        Path target = folder != null ? folder.toAbsolutePath() : Path.of("").toAbsolutePath();
        List<Path> written = ProjectInitializer.init(target, packageName);
        PrintWriter out = spec.commandLine().getOut();
        written.forEach(file -> out.println("Created " + file));
        out.println("Next: bao generate, then bao create-table, then compile and run " + packageName + ".App");
    }
}
