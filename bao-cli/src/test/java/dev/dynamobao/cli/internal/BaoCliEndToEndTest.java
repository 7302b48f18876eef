package dev.dynamobao.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.test.BackendEndpoint;
import dev.dynamobao.test.BaoTest;
import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user does, on the test backend's server: {@code bao init} in an empty folder, {@code bao generate},
 * {@code bao create-table} (twice: idempotent), compile, run the sample main (the seed's five lines), then
 * {@code bao delete-table --yes}.
 */
@BaoTest
class BaoCliEndToEndTest {

    @Test
    void init_generate_createTable_thenTheSampleMainPrintsTheSeedsFiveLines(@BackendEndpoint URI endpoint,
            @TempDir Path folder) throws Exception {
        String table = "bao-cli-" + UUID.randomUUID();
        String[] server = {"--project", folder.toString(), "--endpoint", endpoint.toString(), "--region", "us-east-1",
            "--table", table};

        assertEquals(0, BaoCliTest.bao("init", folder.toString(), "--package", "com.example.blog").code());
        assertEquals(0, BaoCliTest.bao("generate", "--project", folder.toString()).code());

        BaoCliTest.Run created = BaoCliTest.bao(concat("create-table", server));
        assertEquals(0, created.code(), created.err());
        assertTrue(created.out().contains("Models checked: [User, Post]"), created.out());
        assertTrue(created.out().contains("Created the table " + table + " at " + endpoint), created.out());
        BaoCliTest.Run again = BaoCliTest.bao(concat("create-table", server));
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("exists with the DynamoBao layout; nothing to create"), again.out());

        List<String> lines = compileAndRunApp(folder, endpoint, table);
        assertEquals(5, lines.size(), lines::toString);
        assertEquals("Found user by email: false", lines.get(0));
        assertTrue(lines.get(1).matches("Created user: [0-9A-HJKMNP-TV-Z]{26}"), lines.get(1));
        assertEquals("Found user by email: " + lines.get(1).substring("Created user: ".length()), lines.get(2));
        assertEquals("User posts: 2", lines.get(3));
        assertEquals("User posts matching filter: 1", lines.get(4));

        BaoCliTest.Run deleted = BaoCliTest.bao(concat("delete-table", concat("--yes", server)));
        assertEquals(0, deleted.code(), deleted.err());
        assertTrue(deleted.out().contains("Deleted the table " + table), deleted.out());
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static List<String> compileAndRunApp(Path folder, URI endpoint, String table) throws Exception {
        Path classes = folder.resolve("classes");
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path")));
        try (Stream<Path> sources = Stream.concat(Files.walk(folder.resolve("src")), Files.walk(folder.resolve("target")))) {
            sources.filter(p -> p.toString().endsWith(".java")).map(Path::toString).forEach(arguments::add);
        }
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new)));
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classes + File.pathSeparator + System.getProperty("java.class.path"), "com.example.blog.App");
        java.environment().put("AWS_ENDPOINT_URL_DYNAMODB", endpoint.toString());
        java.environment().put("AWS_REGION", "us-east-1");
        java.environment().put("DYNAMO_BAO_TABLE", table);
        java.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = java.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the sample main did not end");
        assertEquals(0, process.exitValue(), out);
        return out.lines().toList();
    }
}
