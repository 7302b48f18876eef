package dev.dynamobao.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Model mistakes are compiler errors on the offending class, field or annotation, worded as the
 * factory's run-time check words them (bao-engine's ModelParser and ModelRegistry), with the fix.
 */
class ModelErrorsTest {

    private static final String OK_KEY = "@Id @GeneratedValue private String thingId;\nprotected Thing() { }\n";

    private static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new EntityProcessor()).withOptions("-Xlint:all,-processing").compile(sources);
    }

    private static void assertModelError(String annotations, String body, String lineContaining, String message) {
        JavaFileObject thing = Sources.entity(annotations, body);
        Compilation compilation = compile(thing);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(message).inFile(thing).onLineContaining(lineContaining);
    }

    @Test
    void validModel_compilesWithoutWarnings_andGetsItsMetamodel() {
        Compilation compilation = compile(Sources.BLOG);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("blog.User_");
        assertThat(compilation).generatedSourceFile("blog.PostTag_");
    }

    @Test
    void missingModelAnnotation_isReportedOnTheClass() {
        assertModelError("@Entity\n@Unique(name = \"uniqueName\", field = \"name\", id = UniqueId.UC1)",
                OK_KEY + "private String name;", "public class Thing",
                "Thing: missing @Model(prefix = \"...\"); every model needs a short unique prefix");
    }

    @Test
    void plainJpaEntity_withoutAnyDynamoBaoAnnotation_isLeftAlone() {
        Compilation compilation = compile(Sources.entity("@Entity", OK_KEY + "private String name;"));
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(compilation.generatedSourceFiles().isEmpty(), "no metamodel for a JPA entity of another store");
    }

    @Test
    void invalidPrefix_isReportedOnTheModelAnnotation() {
        assertModelError("@Entity\n@Model(prefix = \"a#b\")", OK_KEY, "@Model(prefix",
                "Thing: model prefix 'a#b' is invalid; use a short non-empty text without '#', '[', ']', ':' that does not start with '_'");
    }

    @Test
    void iterationBucketsOutOfRange_isReportedOnTheModelAnnotation() {
        assertModelError("@Entity\n@Model(prefix = \"x\", iterationBuckets = 0)", OK_KEY, "@Model(prefix",
                "Thing: @Model(iterationBuckets = 0) must be 1 to 1000");
    }

    @Test
    void noKey_isReportedOnTheClass() {
        assertModelError("@Entity\n@Model(prefix = \"x\")", "private String name;\nprotected Thing() { }", "public class Thing",
                "Thing: no key; mark the partition-key field with @Id (and optionally the sort key with @SortKey)");
    }

    @Test
    void secondId_isReportedOnTheSecondField() {
        assertModelError("@Entity\n@Model(prefix = \"x\")", OK_KEY + "@Id private String otherId;", "otherId",
                "Thing.otherId: a second @Id; use @Id on the partition key and @SortKey on the sort key");
    }

    @Test
    void missingNoArgConstructor_isReportedOnTheClass() {
        assertModelError("@Entity\n@Model(prefix = \"x\")", "@Id private String thingId;\npublic Thing(String id) { thingId = id; }",
                "public class Thing", "Thing: no no-arg constructor; add one (it may be protected or private)");
    }

    @Test
    void indexOnAnUnknownField_isReportedOnTheIndexAnnotation() {
        assertModelError("@Entity\n@Model(prefix = \"x\")\n@Index(name = \"byColour\", id = IndexId.GSI1, partitionKey = \"colour\")",
                OK_KEY + "private String color;", "byColour",
                "Thing @Index(name = \"byColour\"): partitionKey 'colour' is not a field of Thing; use one of [thingId, color]"
                        + " or Index.MODEL_PREFIX");
    }

    @Test
    void indexSlotUsedTwice_isReportedOnTheSecondIndex() {
        assertModelError("@Entity\n@Model(prefix = \"x\")\n"
                        + "@Index(name = \"byName\", id = IndexId.GSI1, partitionKey = \"name\")\n"
                        + "@Index(name = \"byColor\", id = IndexId.GSI1, partitionKey = \"color\")",
                OK_KEY + "private String name;\nprivate String color;", "byColor",
                "Thing @Index(name = \"byColor\"): slot GSI1 is used twice in this model; give each index its own gsi1..gsi5");
    }

    @Test
    void indexKeyOnAStringSet_isReportedOnTheIndex() {
        assertModelError("@Entity\n@Model(prefix = \"x\")\n@Index(name = \"byTags\", id = IndexId.GSI1, partitionKey = \"tags\")",
                OK_KEY + "private Set<String> tags;", "byTags",
                "Thing @Index(name = \"byTags\"): partitionKey 'tags' is a STRING_SET field, which cannot be part of a key");
    }

    @Test
    void uniqueOnAMissingField_isReportedOnTheUniqueAnnotation() {
        assertModelError("@Entity\n@Model(prefix = \"x\")\n@Unique(name = \"uniqueEmail\", field = \"mail\", id = UniqueId.UC1)",
                OK_KEY + "private String email;", "uniqueEmail",
                "Thing @Unique(name = \"uniqueEmail\"): field 'mail' does not exist; use one of [thingId, email]");
    }

    @Test
    void uniqueOnANumber_isReportedOnTheUniqueAnnotation() {
        assertModelError("@Entity\n@Model(prefix = \"x\")\n@Unique(name = \"uniqueNumber\", field = \"number\", id = UniqueId.UC1)",
                OK_KEY + "private int number;", "uniqueNumber",
                "Thing @Unique(name = \"uniqueNumber\"): field 'number' is INTEGER; unique constraints need a text-valued field"
                        + " (String, @Email, ULID or Ref)");
    }

    @Test
    void uniqueSlotUsedTwice_isReportedOnTheSecondConstraint() {
        assertModelError("@Entity\n@Model(prefix = \"x\")\n"
                        + "@Unique(name = \"uniqueEmail\", field = \"email\", id = UniqueId.UC1)\n"
                        + "@Unique(name = \"uniqueLogin\", field = \"login\", id = UniqueId.UC1)",
                OK_KEY + "private String email;\nprivate String login;", "uniqueLogin",
                "Thing @Unique(name = \"uniqueLogin\"): constraint slot UC1 is used twice; use UC1, UC2 and UC3 once each");
    }

    @Test
    void refToANonEntity_isReportedOnTheField() {
        assertModelError("@Entity\n@Model(prefix = \"x\")", OK_KEY + "private Ref<String> owner;", "owner",
                "Thing.owner: Ref<String> points at String, which is not an @Entity");
    }

    @Test
    void versionOnANumber_isReportedOnTheField() {
        assertModelError("@Entity\n@Model(prefix = \"x\")", OK_KEY + "@Version private long version;", "version",
                "Thing.version: @Version fields must be String: DynamoBao stores a fresh ULID on every write");
    }

    @Test
    void generatedValueOnANumber_isReportedOnTheField() {
        assertModelError("@Entity\n@Model(prefix = \"x\")", "@Id @GeneratedValue private Long thingId;\nprotected Thing() { }",
                "thingId", "Thing.thingId: ULID fields (@Ulid, or @Id @GeneratedValue) must be String");
    }

    @Test
    void reservedAttributeName_isReportedOnTheField() {
        assertModelError("@Entity\n@Model(prefix = \"x\")", OK_KEY + "@Column(name = \"_secret\") private String secret;",
                "secret", "Thing.secret: attribute name '_secret' starts with '_', which is reserved for DynamoBao; rename it");
    }

    @Test
    void duplicatePrefixAmongRelatedModels_isReportedOnTheModelAnnotation() {
        JavaFileObject owner = JavaFileObjects.forSourceString("broken.Owner", "package broken;\n" + Sources.IMPORTS + """
                @Entity
                @Model(prefix = "x")
                public class Owner {
                    @Id @GeneratedValue private String ownerId;
                    protected Owner() { }
                }
                """);
        JavaFileObject thing = Sources.entity("@Entity\n@Model(prefix = \"x\")", OK_KEY + "private Ref<Owner> ownerId;");
        Compilation compilation = compile(owner, thing);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("model prefix 'x' is already used by")
                .inFile(thing).onLineContaining("@Model(prefix");
        assertThat(compilation).hadErrorContaining("prefixes must be unique per table, choose another @Model(prefix)");
    }

    @Test
    void unrelatedModelsMaySharePrefixes() {
        JavaFileObject other = JavaFileObjects.forSourceString("other.Thing", "package other;\n" + Sources.IMPORTS + """
                @Entity
                @Model(prefix = "x")
                public class Thing {
                    @Id @GeneratedValue private String thingId;
                    protected Thing() { }
                }
                """);
        assertThat(compile(other, Sources.entity("@Entity\n@Model(prefix = \"x\")", OK_KEY))).succeededWithoutWarnings();
    }

    @Test
    void refToACompositeKeyModelInThePrimaryKey_isReportedOnTheField() {
        JavaFileObject pair = JavaFileObjects.forSourceString("broken.Pair", "package broken;\n" + Sources.IMPORTS + """
                @Entity
                @Model(prefix = "pr")
                public class Pair {
                    @Id private String left;
                    @SortKey private String right;
                    protected Pair() { }
                }
                """);
        JavaFileObject thing = Sources.entity("@Entity\n@Model(prefix = \"x\")",
                "@Id private Ref<Pair> pairId;\nprotected Thing() { }");
        Compilation compilation = compile(pair, thing);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("Thing.pairId: a reference to the composite-key model Pair cannot be part"
                + " of the primary key").inFile(thing).onLineContaining("pairId");
    }

    @Test
    void warningOption_reportsModelErrorsAsWarnings_andCompiles() {
        JavaFileObject thing = Sources.entity("@Entity\n@Model(prefix = \"a#b\")", OK_KEY);
        Compilation compilation = javac().withProcessors(new EntityProcessor())
                .withOptions("-Xlint:all,-processing", "-A" + EntityProcessor.MODEL_ERRORS_OPTION + "=warning").compile(thing);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("Thing: model prefix 'a#b' is invalid").inFile(thing)
                .onLineContaining("@Model(prefix");
        assertTrue(compilation.generatedSourceFiles().stream().noneMatch(file -> file.getName().endsWith("Thing_.java")),
                "a model with errors gets no metamodel");
    }
}
