package dev.dynamobao.enhancer.internal.maven;

import dev.dynamobao.codegen.internal.CodeGenerator;
import dev.dynamobao.codegen.internal.config.ProjectConfig;
import dev.dynamobao.codegen.internal.generate.SourceFolderWriter;
import dev.dynamobao.codegen.internal.problem.ModelFileException;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Goal {@code generate}: writes one annotated entity source per model of dynamo-bao's {@code models.yaml}
 * (by default into {@code target/generated-sources/bao}) and adds that folder to the compile sources.
 * Settings come from {@code dynamo-bao.yaml}, then the environment, then these parameters.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends ModelsFileMojo {

    /** Skips the generation. */
    @Parameter(property = "bao.generate.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("DynamoBao generation skipped");
            return;
        }
        try {
            ProjectConfig config = readConfig();
            CodeGenerator.Result result = CodeGenerator.generate(config);
            SourceFolderWriter.Report report = result.report();
            getLog().info("DynamoBao: " + result.sources().files().size() + " entity source(s) from " + config.modelsFile()
                    + " in " + config.outputDir() + " (" + report.written().size() + " written, " + report.unchanged().size()
                    + " unchanged, " + report.deleted().size() + " deleted)");
            project().addCompileSourceRoot(config.outputDir().toString());
        } catch (ModelFileException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
