package dev.dynamobao.codegen.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoConfiguration;
import dev.dynamobao.ConfigurationException;
import dev.dynamobao.MultiTenancy;
import dev.dynamobao.spi.ConfigFileSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Bao.configure().fromConfig(...)} with {@code bao-codegen} on the class path: precedence and errors. */
class BuilderFromConfigTest {

    private static final Function<String, String> NO_ENVIRONMENT = name -> null;

    private static final String FILE = "aws:\n  region: eu-west-1\n  endpoint: http://localhost:8123\n"
            + "db:\n  tableName: from-file\ntenancy:\n  enabled: true\nbatchContext:\n  requireBatchContext: true\n";

    @TempDir
    Path project;

    private Path write(String text) throws IOException {
        return Files.writeString(project.resolve("dynamo-bao.yaml"), text);
    }

    @Test
    void fromConfig_withAnEmptyFile_usesDynamoBaosDefaults() throws IOException {
        BaoConfiguration config = Bao.configure().environment(NO_ENVIRONMENT).fromConfig(write("")).configuration();
        assertEquals("dynamo-bao-dev", config.table());
        assertEquals(Optional.of("us-west-2"), config.region());
        assertTrue(config.endpoint().isEmpty());
        assertFalse(config.requireUnitOfWork());
        assertFalse(config.multiTenancy().isEnabled());
    }

    @Test
    void fromConfig_fileOverridesTheDefaults() throws IOException {
        BaoConfiguration config = Bao.configure().environment(NO_ENVIRONMENT).fromConfig(write(FILE)).configuration();
        assertEquals("from-file", config.table());
        assertEquals(Optional.of("eu-west-1"), config.region());
        assertEquals(Optional.of(URI.create("http://localhost:8123")), config.endpoint());
        assertTrue(config.requireUnitOfWork());
        assertTrue(config.multiTenancy().isEnabled());
    }

    @Test
    void fromConfig_environmentOverridesTheFile() throws IOException {
        Map<String, String> env = Map.of("DYNAMO_BAO_TABLE", "from-env", "AWS_REGION", "ap-south-1",
                "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:9999");
        BaoConfiguration config = Bao.configure().environment(env::get).fromConfig(write(FILE)).configuration();
        assertEquals("from-env", config.table());
        assertEquals(Optional.of("ap-south-1"), config.region());
        assertEquals(Optional.of(URI.create("http://127.0.0.1:9999")), config.endpoint());
    }

    @Test
    void fromConfig_explicitBuilderCallsOverrideEnvironmentAndFile_whateverTheirOrder() throws IOException {
        Path file = write(FILE);
        Map<String, String> env = Map.of("DYNAMO_BAO_TABLE", "from-env", "AWS_REGION", "ap-south-1",
                "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:9999");
        BaoConfiguration config = Bao.configure()
                .table("from-builder")
                .region("us-east-2")
                .endpoint(URI.create("http://localhost:7000"))
                .requireUnitOfWork(false)
                .multiTenancy(MultiTenancy.disabled())
                .environment(env::get)
                .fromConfig(file)
                .configuration();
        assertEquals("from-builder", config.table());
        assertEquals(Optional.of("us-east-2"), config.region());
        assertEquals(Optional.of(URI.create("http://localhost:7000")), config.endpoint());
        assertFalse(config.requireUnitOfWork());
        assertFalse(config.multiTenancy().isEnabled());
    }

    @Test
    void fromConfig_strictModeFromTheEnvironment_cannotBeTurnedOffByTheBuilder() throws IOException {
        BaoConfiguration config = Bao.configure().environment(Map.of("DYNAMO_BAO_REQUIRE_BATCH_CONTEXT", "true")::get)
                .fromConfig(write("")).requireUnitOfWork(false).configuration();
        assertTrue(config.requireUnitOfWork());
    }

    @Test
    void fromConfig_whenTheFileIsMissing_namesItWithLineAndColumn() {
        Path missing = project.resolve("nope.yaml");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Bao.configure().environment(NO_ENVIRONMENT).fromConfig(missing).configuration());
        assertTrue(e.getMessage().contains(missing + ":1:1: the config file does not exist"), e.getMessage());
    }

    @Test
    void fromConfig_whenTheFileHasMistakes_reportsEachWithFileLineAndColumn() throws IOException {
        Path file = write("aws:\n  regoin: eu-west-1\ndb:\n  tableName: t\ntenancy:\n  enabled: maybe\n");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Bao.configure().environment(NO_ENVIRONMENT).fromConfig(file).configuration());
        assertTrue(e.getMessage().startsWith("The DynamoBao config file has 2 problems:"), e.getMessage());
        assertTrue(e.getMessage().contains(
                "dynamo-bao.yaml:2:3: unknown key \"regoin\" in \"aws\". Fix: did you mean \"region\"?"), e.getMessage());
        assertTrue(e.getMessage().contains("dynamo-bao.yaml:6:"), e.getMessage());
    }

    @Test
    void fromConfig_whenTheYamlIsBroken_reportsTheSyntaxErrorWithItsPosition() throws IOException {
        Path file = write("db:\n  tableName: [unclosed\n");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Bao.configure().environment(NO_ENVIRONMENT).fromConfig(file).configuration());
        assertTrue(e.getMessage().matches("(?s).*dynamo-bao\\.yaml:\\d+:\\d+: .*"), e.getMessage());
    }

    @Test
    void fromConfigWithoutArguments_readsTheFileNamedByDynamoBaoConfig() throws IOException {
        Path file = write(FILE);
        BaoConfiguration config = Bao.configure().environment(Map.of("DYNAMO_BAO_CONFIG", file.toString())::get)
                .fromConfig().configuration();
        assertEquals("from-file", config.table());
    }

    @Test
    void find_withoutAFileInTheWorkingDirectory_readsTheClassPathResource() throws IOException {
        Path resources = Files.createDirectories(project.resolve("resources"));
        Files.writeString(resources.resolve("dynamo-bao.yaml"), "db:\n  tableName: from-class-path\n");
        Path workingDirectory = Files.createDirectories(project.resolve("work"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {resources.toUri().toURL()}, null)) {
            ConfigFileSettings settings = new YamlConfigFileProvider().find(workingDirectory, loader, NO_ENVIRONMENT);
            assertEquals("from-class-path", settings.table());
            assertEquals(Optional.of("classpath:dynamo-bao.yaml"), settings.sourceDescription());
        }
    }

    @Test
    void find_aFileInTheWorkingDirectory_winsOverTheClassPathResource() throws IOException {
        Path resources = Files.createDirectories(project.resolve("resources"));
        Files.writeString(resources.resolve("dynamo-bao.yaml"), "db:\n  tableName: from-class-path\n");
        Path workingDirectory = Files.createDirectories(project.resolve("work"));
        Files.writeString(workingDirectory.resolve("dynamo-bao.yaml"), "db:\n  tableName: from-working-directory\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {resources.toUri().toURL()}, null)) {
            ConfigFileSettings settings = new YamlConfigFileProvider().find(workingDirectory, loader, NO_ENVIRONMENT);
            assertEquals("from-working-directory", settings.table());
        }
    }

    @Test
    void find_withNoFileAnywhere_usesTheDefaultsAndTheEnvironment() throws IOException {
        Path workingDirectory = Files.createDirectories(project.resolve("empty"));
        try (URLClassLoader loader = new URLClassLoader(new URL[0], null)) {
            ConfigFileSettings settings = new YamlConfigFileProvider().find(workingDirectory, loader,
                    Map.of("DYNAMO_BAO_TABLE", "from-env")::get);
            assertEquals("from-env", settings.table());
            assertEquals("us-west-2", settings.region());
            assertTrue(settings.sourceDescription().isEmpty());
        }
    }

    @Test
    void find_whenTheClassPathResourceHasMistakes_namesItWithLineAndColumn() throws IOException {
        Path resources = Files.createDirectories(project.resolve("resources"));
        Files.writeString(resources.resolve("dynamo-bao.yaml"), "db:\n  tabelName: x\n");
        Path workingDirectory = Files.createDirectories(project.resolve("work"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {resources.toUri().toURL()}, null)) {
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> new YamlConfigFileProvider().find(workingDirectory, loader, NO_ENVIRONMENT));
            assertTrue(e.getMessage().contains("classpath:dynamo-bao.yaml:2:3: unknown key \"tabelName\""), e.getMessage());
        }
    }
}
