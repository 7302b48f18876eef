package dev.dynamobao.cli.internal;

import dev.dynamobao.codegen.internal.CodeGenerator;
import dev.dynamobao.codegen.internal.config.ProjectConfig;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code bao generate}: one Java entity source per model of {@code models.yaml} (dynamo-bao's {@code bao-codegen}). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generates one annotated entity source per model; nothing is written when the file has a problem.")
final class GenerateCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private ProjectOptions options = new ProjectOptions();

    @Override
    public void run() {
        ProjectConfig config = options.read();
        CodeGenerator.Result result = CodeGenerator.generate(config);
        PrintWriter out = spec.commandLine().getOut();
        result.report().written().forEach(f -> out.println("Wrote " + config.outputDir().resolve(f)));
        result.report().deleted().forEach(f -> out.println("Deleted " + config.outputDir().resolve(f)));
        out.println("Generated " + result.sources().files().size() + " model(s) from " + config.modelsFile() + " ("
                + result.report().written().size() + " written, " + result.report().unchanged().size() + " unchanged, "
                + result.report().deleted().size() + " deleted)");
    }
}
