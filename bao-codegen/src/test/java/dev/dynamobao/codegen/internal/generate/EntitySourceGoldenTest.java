package dev.dynamobao.codegen.internal.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamobao.codegen.internal.TestFiles;
import dev.dynamobao.codegen.internal.model.ModelFile;
import dev.dynamobao.codegen.internal.read.ModelFileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated sources of the seed's models and of a file with every field type, a mapping table, a
 * composite key, unique constraints and GSIs, compared byte for byte with the golden sources in
 * {@code src/test/resources/.../golden}. Run with {@code -Dbao.golden.update=true} to rewrite them after an
 * intended change (then review the diff).
 */
class EntitySourceGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/dev/dynamobao/codegen/internal/golden");

    private static GeneratedSources generate(String yamlName) {
        ModelFile file = ModelFileReader.read(yamlName, TestFiles.text(yamlName));
        return GeneratedSources.of(file, file.javaPackage() != null ? file.javaPackage() : "com.example.app", yamlName);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed.yaml", "every-type.yaml"})
    void generate_matchesTheGoldenSources(String yamlName) throws IOException {
        GeneratedSources sources = generate(yamlName);
        String folder = yamlName.replace(".yaml", "");
        if (Boolean.getBoolean("bao.golden.update")) {
            for (Map.Entry<String, String> file : sources.files().entrySet()) {
                Path target = GOLDEN.resolve(folder).resolve(Path.of(file.getKey()).getFileName());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        }
        for (Map.Entry<String, String> file : sources.files().entrySet()) {
            String golden = TestFiles.text("golden/" + folder + "/" + Path.of(file.getKey()).getFileName());
            assertEquals(golden, file.getValue(), file.getKey());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed.yaml", "every-type.yaml"})
    void generate_twice_givesTheSameBytes(String yamlName) {
        assertEquals(generate(yamlName).files(), generate(yamlName).files());
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed.yaml", "every-type.yaml"})
    void generatedSources_compileWithoutAnyLintWarning(String yamlName, @TempDir Path folder) {
        Map<String, String> sources = new LinkedHashMap<>(generate(yamlName).files());
        sources.put("com/example/types/Status.java", "package com.example.types;\n\n/** A status. */\npublic enum Status {\n"
                + "    /** Active. */\n    active,\n    /** Gone. */\n    gone\n}\n");
        assertEquals("", GeneratedSourceCompiler.compile(folder, sources));
    }
}
