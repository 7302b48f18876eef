package dev.dynamobao.codegen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.codegen.internal.model.ModelFile;
import dev.dynamobao.codegen.internal.read.ModelFileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * dynamo-bao 0.4.2's own {@code bao-codegen} reads a models.yaml that carries the Java-only {@code java:}
 * section, and generates exactly the models the Java generator reads from it: the Java keys are invisible to
 * it. Needs node and npm (installs dynamo-bao 0.4.2 into target/); without node the test is skipped with one
 * line, and it fails when {@code CI=true}.
 */
class DynamoBaoCodegenReadsTheSameFileTest {

    private static final Path WORK = Path.of("target/dynamo-bao-codegen");

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    private static boolean nodeAvailable() {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void dynamoBaoCodegen_ignoresTheJavaSection_andGeneratesTheSameModels() throws Exception {
        boolean node = nodeAvailable();
        if (!node && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("node is not on the PATH, and CI=true: the dynamo-bao check must run on CI");
        }
        Assumptions.assumeTrue(node, "node is not on the PATH: skipping the check against dynamo-bao 0.4.2's bao-codegen");
        Files.createDirectories(WORK);
        if (!Files.isDirectory(WORK.resolve("node_modules/dynamo-bao"))) {
            Files.writeString(WORK.resolve("package.json"), "{\"name\":\"codegen-check\",\"private\":true}\n");
            run(WORK, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error", "dynamo-bao@0.4.2");
        }
        String yaml = TestFiles.text("seed-with-java.yaml");
        Files.writeString(WORK.resolve("models.yaml"), yaml);

        run(WORK, "node", "node_modules/dynamo-bao/bin/codegen.js", "models.yaml", "models");

        ModelFile java = ModelFileReader.read("models.yaml", yaml);
        assertEquals(List.of("User", "Post"), java.models().stream().map(m -> m.name()).toList());
        for (String file : List.of("user.js", "post.js")) {
            String js = Files.readString(WORK.resolve("models").resolve(file));
            assertFalse(js.contains("com.example") || js.contains("java"), file + " mentions the Java-only section:\n" + js);
        }
        String summary = run(WORK, "node", "-e", "const {User}=require('./models/user.js');const {Post}=require('./models/post.js');"
                + "console.log([User.modelPrefix,User.iterable,User.iterationBuckets,Object.keys(User.fields).join(','),"
                + "Object.keys(User.uniqueConstraints).join(','),Post.modelPrefix,Object.keys(Post.indexes).join(','),"
                + "typeof User.findByEmail,typeof Post.prototype.getUser,typeof User.prototype.queryPosts].join('|'))");
        assertTrue(summary.strip().endsWith("u|true|10|userId,name,email,profilePictureUrl,createdAt,modifiedAt,role|uniqueEmail"
                + "|p|postsForUser|function|function|function"), summary);
    }
}
