package dev.dynamobao.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code bao} command as a user runs it: exit codes and the lines it prints. */
class BaoCliTest {

    @TempDir
    Path folder;

    /** One run: exit code, standard output, standard error. */
    record Run(int code, String out, String err) {
    }

    static Run bao(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BaoCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void help_listsEveryCommand() {
        Run run = bao("--help");
        assertEquals(0, run.code());
        for (String command : new String[] {"init", "generate", "watch", "create-table", "delete-table"}) {
            assertTrue(run.out().contains(command), run.out());
        }
    }

    @Test
    void init_thenGenerate_writesTheSeedsModelsAsJava() throws IOException {
        Run init = bao("init", folder.toString(), "--package", "com.example.blog");
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains("Created models.yaml"), init.out());

        Run generate = bao("generate", "--project", folder.toString());

        assertEquals(0, generate.code(), generate.err());
        Path user = folder.resolve("target/generated-sources/bao/com/example/blog/User.java");
        assertTrue(generate.out().contains("Wrote " + user), generate.out());
        assertTrue(generate.out().endsWith("(2 written, 0 unchanged, 0 deleted)\n"), generate.out());
        assertTrue(Files.readString(user).contains("@Unique(name = \"uniqueEmail\", field = \"email\", id = UniqueId.UC1)"));
    }

    @Test
    void init_twice_refusesToOverwrite_withExitCode1() {
        assertEquals(0, bao("init", folder.toString()).code());
        Run again = bao("init", folder.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().startsWith("error: bao init writes nothing because these files exist already"), again.err());
    }

    @Test
    void generate_ofABrokenFile_printsEveryProblemAndExitsWith1() throws IOException {
        bao("init", folder.toString());
        Path models = folder.resolve("models.yaml");
        Files.writeString(models, Files.readString(models).replace("type: StringField, required: true }",
                "type: StrField, required: true }").replace("uniqueConstraintId: uc1", "uniqueConstraintId: uc4"));

        Run run = bao("generate", "--project", folder.toString());

        assertEquals(1, run.code());
        assertTrue(run.err().contains("models.yaml has 5 problems; nothing was generated"), run.err());
        assertTrue(run.err().contains("models.yaml:11:21: model User, field name: unknown field type \"StrField\". Fix: did you mean \"StringField\"?"), run.err());
        assertTrue(run.err().contains("unknown uniqueConstraintId \"uc4\""), run.err());
        assertTrue(Files.notExists(folder.resolve("target/generated-sources/bao")));
    }

    @Test
    void deleteTable_withoutYes_refuses() {
        bao("init", folder.toString());
        Run run = bao("delete-table", "--project", folder.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("add --yes to confirm"), run.err());
    }
}
