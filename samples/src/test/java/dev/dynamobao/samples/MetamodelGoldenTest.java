package dev.dynamobao.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The metamodel classes bao-processor generated for the samples' models, compared with the golden
 * sources in {@code src/test/resources/golden/metamodel}. When the generator changes on purpose,
 * copy the new file from {@code target/generated-sources/annotations} over the golden one and
 * review the difference.
 */
class MetamodelGoldenTest {

    private static final Path GENERATED = Path.of("target", "generated-sources", "annotations", "dev", "dynamobao", "samples");

    @ParameterizedTest
    @ValueSource(strings = {"quickstart/User_", "quickstart/Post_", "relations/Tag_", "relations/PostTag_", "tenancy/Customer_",
            "yaml/User_", "yaml/Post_"})
    void generatedMetamodel_matchesTheGoldenSource(String model) throws IOException {
        String golden;
        // The entities generated from src/main/yaml/models.yaml get their metamodel like hand-written ones.
        String name = model.startsWith("yaml/") ? model.replace('/', '-') : model.substring(model.indexOf('/') + 1);
        try (InputStream in = MetamodelGoldenTest.class.getResourceAsStream("/golden/metamodel/" + name + ".java.txt")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String generated = Files.readString(GENERATED.resolve(model + ".java"), StandardCharsets.UTF_8);
        assertEquals(golden, generated, () -> model + ".java differs from golden/metamodel/" + name + ".java.txt");
    }

    @Test
    void userFromYaml_andHandWrittenUser_getTheSameMetamodel() throws IOException {
        String fromYaml = Files.readString(GENERATED.resolve("yaml/User_.java"), StandardCharsets.UTF_8);
        String handWritten = Files.readString(GENERATED.resolve("quickstart/User_.java"), StandardCharsets.UTF_8);
        assertEquals(handWritten, fromYaml.replace("dev.dynamobao.samples.yaml", "dev.dynamobao.samples.quickstart"));
    }
}
