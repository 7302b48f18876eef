package dev.dynamobao.tck.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.dynamobao.Bao;
import dev.dynamobao.ModelDefinitionException;
import dev.dynamobao.processor.EntityProcessor;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The annotation processor and the factory describe a broken model with the same words: each model
 * below is compiled with bao-processor (its errors turned into warnings, so that the class is
 * produced; all in one javac run), then registered with a factory; every message of the processor must be one of the
 * factory's {@link ModelDefinitionException#problems()}.
 */
@BaoTest(entities = Member.class)
class CompileTimeModelErrorsTck {

    private static final String IMPORTS = """
            package broken;
            import dev.dynamobao.Ref;
            import dev.dynamobao.annotation.*;
            import jakarta.persistence.Column;
            import jakarta.persistence.Entity;
            import jakarta.persistence.GeneratedValue;
            import jakarta.persistence.Id;
            import jakarta.persistence.Version;
            import java.util.Set;
            """;

    private static final Map<String, String> MODELS = Map.of(
            "BadPrefix", "@Entity @Model(prefix = \"a:b\") public class Thing { @Id private String thingId; protected Thing() { } }",
            "UniqueOnMissingField", "@Entity @Model(prefix = \"x\") @Unique(name = \"uniqueEmail\", field = \"mail\", id = UniqueId.UC1)"
                    + " public class Thing { @Id private String thingId; private String email; protected Thing() { } }",
            "UniqueOnNumber", "@Entity @Model(prefix = \"x\") @Unique(name = \"uniqueAge\", field = \"age\", id = UniqueId.UC2)"
                    + " public class Thing { @Id private String thingId; private int age; protected Thing() { } }",
            "IndexOnUnknownField", "@Entity @Model(prefix = \"x\") @Index(name = \"byColour\", id = IndexId.GSI1, partitionKey = \"colour\")"
                    + " public class Thing { @Id private String thingId; private String color; protected Thing() { } }",
            "IndexSlotTwice", "@Entity @Model(prefix = \"x\") @Index(name = \"a\", id = IndexId.GSI2, partitionKey = \"color\")"
                    + " @Index(name = \"b\", id = IndexId.GSI2, partitionKey = \"size\")"
                    + " public class Thing { @Id private String thingId; private String color; private String size; protected Thing() { } }",
            "IndexKeyOnStringSet", "@Entity @Model(prefix = \"x\") @Index(name = \"byTags\", id = IndexId.GSI1, partitionKey = \"tags\")"
                    + " public class Thing { @Id private String thingId; private Set<String> tags; protected Thing() { } }",
            "NoNoArgConstructor", "@Entity @Model(prefix = \"x\") public class Thing { @Id private String thingId;"
                    + " public Thing(String id) { thingId = id; } }",
            "VersionOnNumber", "@Entity @Model(prefix = \"x\") public class Thing { @Id private String thingId;"
                    + " @Version private long version; protected Thing() { } }",
            "SecondIdAndReservedName", "@Entity @Model(prefix = \"x\") public class Thing { @Id private String thingId;"
                    + " @Id private String otherId; @Column(name = \"_x\") private String x; protected Thing() { } }",
            "NoKeyAndBadBuckets", "@Entity @Model(prefix = \"x\", iterationBuckets = 2000) public class Thing {"
                    + " private String name; protected Thing() { } }");

    /** All models compiled at once (one javac run), each as class {@code broken.<name>}. */
    private static Compilation compilation;

    private static synchronized Compilation compileAll() {
        if (compilation == null) {
            List<JavaFileObject> sources = MODELS.entrySet().stream()
                    .map(model -> JavaFileObjects.forSourceString("broken." + model.getKey(),
                            IMPORTS + model.getValue().replace("Thing", model.getKey())))
                    .toList();
            compilation = Compiler.javac().withProcessors(new EntityProcessor())
                    .withOptions("-A" + EntityProcessor.MODEL_ERRORS_OPTION + "=warning").compile(sources);
        }
        return compilation;
    }

    @ParameterizedTest
    @ValueSource(strings = {"BadPrefix", "UniqueOnMissingField", "UniqueOnNumber", "IndexOnUnknownField", "IndexSlotTwice",
            "IndexKeyOnStringSet", "NoNoArgConstructor", "VersionOnNumber", "SecondIdAndReservedName", "NoKeyAndBadBuckets"})
    void processorMessages_areTheFactorysMessages(String model, DynamoDbClient client, @TableName String table) throws Exception {
        Compilation compiled = compileAll();
        assertEquals(Compilation.Status.SUCCESS, compiled.status(), () -> compiled.diagnostics().toString());
        List<String> processor = compiled.warnings().stream()
                .filter(warning -> warning.getSource() != null && warning.getSource().getName().endsWith("/" + model + ".java"))
                .map(warning -> warning.getMessage(Locale.ROOT)).toList();
        assertFalse(processor.isEmpty(), "the processor reports the model");

        Class<?> thing = new BytesLoader(compiled.generatedFiles()).loadClass("broken." + model);
        ModelDefinitionException factory = assertThrows(ModelDefinitionException.class,
                () -> Bao.configure().client(client).table(table).entities(thing).build());
        for (String message : processor) {
            assertTrue(factory.problems().contains(message),
                    () -> "processor: " + message + "\nfactory:   " + factory.problems());
        }
    }

    /** Loads the classes of one compilation. */
    private static final class BytesLoader extends ClassLoader {
        private final Map<String, byte[]> classes = new HashMap<>();

        BytesLoader(List<JavaFileObject> files) {
            super(CompileTimeModelErrorsTck.class.getClassLoader());
            for (JavaFileObject file : files) {
                if (file.getKind() == JavaFileObject.Kind.CLASS) {
                    String path = file.toUri().getPath();
                    String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(),
                            path.length() - ".class".length()).replace('/', '.');
                    try (InputStream in = file.openInputStream()) {
                        classes.put(name, in.readAllBytes());
                    } catch (IOException failure) {
                        throw new UncheckedIOException(failure);
                    }
                }
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
