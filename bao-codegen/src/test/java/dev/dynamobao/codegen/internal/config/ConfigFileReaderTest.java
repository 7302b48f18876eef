package dev.dynamobao.codegen.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.codegen.internal.problem.ModelFileException;
import dev.dynamobao.codegen.internal.problem.Problem;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileReaderTest {

    private static final Function<String, String> NO_ENVIRONMENT = name -> null;

    private static final String FILE = "aws:\n  region: eu-west-1\n  endpoint: http://localhost:8123\n"
            + "db:\n  tableName: from-file\npaths:\n  modelsDefinitionPath: defs/models.yaml\n  modelsDir: gen\n"
            + "codegen:\n  package: com.example.model\ntenancy:\n  enabled: true\nbatchContext:\n  requireBatchContext: false\n";

    @TempDir
    Path project;

    @Test
    void read_withoutAFile_usesDynamoBaosDefaults() {
        ProjectConfig config = ConfigFileReader.read(project, null, NO_ENVIRONMENT);
        assertEquals("dynamo-bao-dev", config.tableName());
        assertEquals("us-west-2", config.region());
        assertNull(config.endpoint());
        assertEquals(project.resolve("models.yaml"), config.modelsFile());
        assertEquals(project.resolve("target/generated-sources/bao"), config.outputDir());
        assertTrue(config.file().isEmpty());
    }

    @Test
    void read_theProjectFile_setsEverySettingWithPathsRelativeToIt() throws IOException {
        Files.writeString(project.resolve("dynamo-bao.yaml"), FILE);
        ProjectConfig config = ConfigFileReader.read(project, null, NO_ENVIRONMENT);
        assertEquals("from-file", config.tableName());
        assertEquals("eu-west-1", config.region());
        assertEquals(URI.create("http://localhost:8123"), config.endpoint());
        assertEquals(project.resolve("defs/models.yaml"), config.modelsFile());
        assertEquals(project.resolve("gen"), config.outputDir());
        assertEquals("com.example.model", config.packageName());
        assertTrue(config.tenancyEnabled());
        assertFalse(config.requireBatchContext());
    }

    @Test
    void read_environmentOverridesTheFile() throws IOException {
        Files.writeString(project.resolve("dynamo-bao.yaml"), FILE);
        Map<String, String> env = Map.of("DYNAMO_BAO_TABLE", "from-env", "AWS_REGION", "ap-south-1",
                "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:9999", "DYNAMO_BAO_REQUIRE_BATCH_CONTEXT", "true");
        ProjectConfig config = ConfigFileReader.read(project, null, env::get);
        assertEquals("from-env", config.tableName());
        assertEquals("ap-south-1", config.region());
        assertEquals(URI.create("http://127.0.0.1:9999"), config.endpoint());
        assertTrue(config.requireBatchContext());
        assertEquals("com.example.model", config.packageName(), "not overridden by the environment");
    }

    @Test
    void read_commandOptionsOverrideTheEnvironment() throws IOException {
        Files.writeString(project.resolve("dynamo-bao.yaml"), FILE);
        ProjectConfig config = ConfigFileReader.read(project, null, Map.of("DYNAMO_BAO_TABLE", "from-env")::get)
                .withTableName("from-option");
        assertEquals("from-option", config.tableName());
    }

    @Test
    void read_fileNamedByDynamoBaoConfig_isUsedInsteadOfTheProjectFile() throws IOException {
        Files.writeString(project.resolve("dynamo-bao.yaml"), FILE);
        Files.writeString(project.resolve("other.yaml"), "db:\n  tableName: other\n");
        ProjectConfig config = ConfigFileReader.read(project, null, Map.of("DYNAMO_BAO_CONFIG", "other.yaml")::get);
        assertEquals("other", config.tableName());
        assertEquals(project.resolve("other.yaml"), config.configFile());
    }

    @Test
    void read_whenAnExplicitFileIsMissing_saysSo() {
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ConfigFileReader.read(project, project.resolve("nope.yaml"), NO_ENVIRONMENT));
        assertTrue(e.getMessage().contains("the config file does not exist"), e.getMessage());
    }

    @Test
    void read_whenTheFileHasMistakes_reportsEachWithItsPosition() throws IOException {
        Files.writeString(project.resolve("dynamo-bao.yaml"),
                "aws:\n  regoin: eu-west-1\n  endpoint: not a url\ndb:\n  tableName: t\ncodgen:\n  package: x\n"
                        + "tenancy:\n  enabled: maybe\n");
        List<Problem> problems = assertThrows(ModelFileException.class,
                () -> ConfigFileReader.read(project, null, NO_ENVIRONMENT)).problems();
        assertEquals(4, problems.size(), problems::toString);
        assertEquals("dynamo-bao.yaml:2:3: unknown key \"regoin\" in \"aws\". Fix: did you mean \"region\"?", problems.get(0).toString());
        assertEquals("dynamo-bao.yaml:3:13: endpoint \"not a url\" is not a URL. Fix: write it like http://localhost:8000",
                problems.get(1).toString());
        assertEquals("dynamo-bao.yaml:6:1: unknown key \"codgen\" in the config file. Fix: did you mean \"codegen\"?",
                problems.get(2).toString());
        assertEquals(9, problems.get(3).line());
        assertTrue(problems.get(3).message().contains("\"enabled\" must be true or false"), problems.get(3).toString());
    }
}
