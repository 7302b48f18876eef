package dev.dynamobao.codegen.internal.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.codegen.internal.read.ModelFileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFolderWriterTest {

    private static final String TWO_MODELS = "models:\n"
            + "  User:\n    modelPrefix: u\n    fields: {id: {type: StringField}}\n    primaryKey: {partitionKey: id}\n"
            + "  Tag:\n    modelPrefix: t\n    fields: {id: {type: StringField}}\n    primaryKey: {partitionKey: id}\n";

    @TempDir
    Path out;

    private static GeneratedSources sources(String yaml) {
        return GeneratedSources.of(ModelFileReader.read("models.yaml", yaml), "com.example", "models.yaml");
    }

    @Test
    void write_leavesUnchangedFilesUntouched() throws IOException {
        SourceFolderWriter writer = new SourceFolderWriter(out);
        assertEquals(List.of("com/example/User.java", "com/example/Tag.java"), writer.write(sources(TWO_MODELS)).written());
        Path user = out.resolve("com/example/User.java");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(user, old);

        SourceFolderWriter.Report again = writer.write(sources(TWO_MODELS));

        assertFalse(again.changed());
        assertEquals(old, Files.getLastModifiedTime(user));
    }

    @Test
    void write_deletesTheSourceOfARemovedModel_butNeverAHandWrittenFile() throws IOException {
        SourceFolderWriter writer = new SourceFolderWriter(out);
        writer.write(sources(TWO_MODELS));
        Path handWritten = out.resolve("com/example/Helper.java");
        Files.writeString(handWritten, "package com.example;\nclass Helper {}\n");

        String oneModel = TWO_MODELS.substring(0, TWO_MODELS.indexOf("  Tag:"));
        SourceFolderWriter.Report report = writer.write(sources(oneModel));

        assertEquals(List.of("com/example/Tag.java"), report.deleted());
        assertFalse(Files.exists(out.resolve("com/example/Tag.java")));
        assertTrue(Files.exists(handWritten));
    }
}
