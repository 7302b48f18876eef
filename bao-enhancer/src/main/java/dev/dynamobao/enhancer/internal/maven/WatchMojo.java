package dev.dynamobao.enhancer.internal.maven;

import dev.dynamobao.codegen.internal.config.ProjectConfig;
import dev.dynamobao.codegen.internal.problem.ModelFileException;
import dev.dynamobao.codegen.internal.watch.ModelWatcher;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Goal {@code watch} ({@code mvn bao:watch}): generates, then regenerates on every change of the models file
 * until Ctrl-C. A broken file prints its problems and keeps the last good sources.
 */
@Mojo(name = "watch", threadSafe = true)
public final class WatchMojo extends ModelsFileMojo {

    @Override
    public void execute() throws MojoFailureException {
        ProjectConfig config;
        try {
            config = readConfig();
        } catch (ModelFileException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        ModelWatcher watcher = new ModelWatcher(config, line -> getLog().info(line), 250);
        Thread stopper = new Thread(watcher::close, "bao-watch-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        watcher.run();
    }
}
