package dev.dynamobao.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.samples.quickstart.Post;
import dev.dynamobao.samples.quickstart.QuickStart;
import dev.dynamobao.samples.quickstart.User;
import dev.dynamobao.test.BaoTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

@BaoTest(entities = {User.class, Post.class})
class QuickStartTest {

    @Test
    void quickStart_printsExactlyTheSeedsFiveLines(BaoEntityManagerFactory bao) {
        List<String> lines = SampleOutput.of(out -> QuickStart.run(bao, out));
        assertEquals(5, lines.size(), () -> "output: " + lines);
        assertEquals("Found user by email: false", lines.get(0));
        assertTrue(lines.get(1).matches("Created user: [0-9A-HJKMNP-TV-Z]{26}"), lines.get(1));
        String id = lines.get(1).substring("Created user: ".length());
        assertEquals("Found user by email: " + id, lines.get(2));
        assertEquals("User posts: 2", lines.get(3));
        assertEquals("User posts matching filter: 1", lines.get(4));
    }

    @Test
    void quickStart_runTwiceOnTheSameTable_deletesTheExistingUserFirst(BaoEntityManagerFactory bao) {
        SampleOutput.of(out -> QuickStart.run(bao, out));
        List<String> second = SampleOutput.of(out -> QuickStart.run(bao, out));
        assertEquals("Found user by email: true", second.get(0));
        assertEquals("Deleted existing user", second.get(1));
    }

    /** Captures what a sample prints. */
    static final class SampleOutput {
        private SampleOutput() {
        }

        static List<String> of(java.util.function.Consumer<PrintStream> sample) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
                sample.accept(out);
            }
            return bytes.toString(StandardCharsets.UTF_8).lines().toList();
        }
    }
}
