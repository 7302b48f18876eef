package dev.dynamobao.codegen.internal.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.codegen.internal.config.ProjectConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelWatcherTest {

    private static final String USER = "models:\n  User:\n    modelPrefix: u\n"
            + "    fields: {id: {type: StringField}}\n    primaryKey: {partitionKey: id}\n";

    @TempDir
    Path project;

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private String nextLine() throws InterruptedException {
        String line = lines.poll(2, TimeUnit.SECONDS);
        assertTrue(line != null, "no output within 2 s");
        return line;
    }

    @Test
    void watch_regeneratesOnChange_keepsTheOutputOfABrokenFile_andStopsOnClose() throws Exception {
        Path models = project.resolve("models.yaml");
        Files.writeString(models, USER);
        ProjectConfig config = ProjectConfig.defaults(project).withPackageName("com.example");
        Path user = config.outputDir().resolve("com/example/User.java");
        ModelWatcher watcher = new ModelWatcher(config, lines::add, 100);
        Thread thread = new Thread(watcher::run, "watch");
        thread.start();
        try {
            assertTrue(nextLine().startsWith("Watching "));
            assertEquals("Initial generation: wrote com/example/User.java", nextLine());

            Files.writeString(models, USER.replace("id: {type: StringField}", "id: {type: StringField}, name: {type: StringField}"));
            assertEquals("models.yaml changed: wrote com/example/User.java", nextLine());
            String good = Files.readString(user);
            assertTrue(good.contains("private String name;"));

            Files.writeString(models, USER.replace("StringField", "StrngField"));
            String broken = nextLine();
            assertTrue(broken.startsWith("models.yaml changed: "), broken);
            assertTrue(broken.contains("has 1 problem; the last good sources are kept"), broken);
            assertTrue(broken.contains("models.yaml:4:25: model User, field id: unknown field type \"StrngField\""), broken);
            assertEquals(good, Files.readString(user));
        } finally {
            watcher.close();
        }
        thread.join(5_000);
        assertTrue(!thread.isAlive(), "watch still running after close()");
        assertTrue(List.copyOf(lines).contains("Stopped watching " + project.resolve("models.yaml")), lines::toString);
    }
}
