package dev.dynamobao.codegen.internal.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.codegen.internal.CodeGenerator;
import dev.dynamobao.codegen.internal.config.ConfigFileReader;
import dev.dynamobao.codegen.internal.config.ProjectConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectInitializerTest {

    @TempDir
    Path folder;

    @Test
    void init_inAnEmptyFolder_writesConfigModelsAndAMain_thatGenerate() {
        List<Path> written = ProjectInitializer.init(folder, "com.example.app");

        assertEquals(List.of(Path.of("dynamo-bao.yaml"), Path.of("models.yaml"),
                Path.of("src/main/java/com/example/app/App.java")), written);
        ProjectConfig config = ConfigFileReader.read(folder, null, name -> null);
        assertEquals("com.example.app", config.packageName());
        CodeGenerator.Result result = CodeGenerator.generate(config);
        assertEquals(List.of("com/example/app/User.java", "com/example/app/Post.java"), result.report().written());
    }

    @Test
    void init_whenAFileExists_refusesAndWritesNothing() throws IOException {
        Files.writeString(folder.resolve("models.yaml"), "mine");

        ProjectInitializer.ExistingFilesException e = assertThrows(ProjectInitializer.ExistingFilesException.class,
                () -> ProjectInitializer.init(folder, "com.example.app"));

        assertTrue(e.getMessage().contains("models.yaml"), e.getMessage());
        assertEquals("mine", Files.readString(folder.resolve("models.yaml")));
        assertTrue(Files.notExists(folder.resolve("dynamo-bao.yaml")));
    }
}
