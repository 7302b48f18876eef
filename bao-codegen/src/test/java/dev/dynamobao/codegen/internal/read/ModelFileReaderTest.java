package dev.dynamobao.codegen.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.codegen.internal.TestFiles;
import dev.dynamobao.codegen.internal.model.FieldType;
import dev.dynamobao.codegen.internal.model.ModelDef;
import dev.dynamobao.codegen.internal.model.ModelFile;
import dev.dynamobao.codegen.internal.problem.ModelFileException;
import dev.dynamobao.codegen.internal.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelFileReaderTest {

    private static List<Problem> problemsOf(String yaml) {
        return assertThrows(ModelFileException.class, () -> ModelFileReader.read("models.yaml", yaml)).problems();
    }

    private static void assertProblem(Problem problem, int line, int column, String model, String field, String message,
            String fix) {
        String where = problem.toString();
        assertEquals(line, problem.line(), where);
        assertEquals(column, problem.column(), where);
        assertEquals(model, problem.model(), where);
        assertEquals(field, problem.field(), where);
        assertTrue(problem.message().contains(message), () -> "message of " + where);
        assertTrue(problem.fix().contains(fix), () -> "fix of " + where);
    }

    @Test
    void read_whenTheFileHasFifteenMistakes_reportsEachWithLineColumnModelFieldAndFix() {
        List<Problem> problems = problemsOf(TestFiles.text("bad-tour.yaml"));

        assertEquals(15, problems.size(), problems::toString);
        assertProblem(problems.get(0), 4, 15, "User", null, "\"iterable\" must be true or false, not the text \"yes\"", "iterable: true");
        assertProblem(problems.get(1), 7, 21, "User", "email", "unknown field type \"StringFeild\"", "did you mean \"StringField\"?");
        assertProblem(problems.get(2), 8, 33, "User", "name", "unknown key \"requird\" in this StringField", "did you mean \"required\"?");
        assertProblem(problems.get(3), 9, 7, "User", "_secret", "field names starting with _ are reserved", "without the leading _");
        assertProblem(problems.get(4), 10, 49, "User", "score", "defaultValue \"lots\" is not a value of a IntegerField", "remove defaultValue");
        assertProblem(problems.get(5), 11, 7, "User", "expires", "a TtlField must be named ttl", "rename the field to ttl");
        assertProblem(problems.get(6), 14, 30, "User", null, "partitionKey of index byName names the unknown field \"nmae\"", "did you mean \"name\"?");
        assertProblem(problems.get(7), 15, 64, "User", null, "index byScore uses gsi1, which index byName of this model already uses", "own slot");
        assertProblem(problems.get(8), 16, 64, "User", null, "unknown indexId \"gsi9\" of index byOther", "gsi1, gsi2, gsi3, gsi4, gsi5");
        assertProblem(problems.get(9), 19, 28, "User", "score", "a unique constraint cannot use IntegerField fields", "StringField, EmailField");
        assertProblem(problems.get(10), 19, 55, "User", null, "uniqueScore uses uc1, which uniqueName of this model already uses", "uc1-uc3");
        assertProblem(problems.get(11), 21, 18, "Post", null, "modelPrefix \"u\" is already the prefix of model User", "choose a prefix");
        assertProblem(problems.get(12), 24, 45, "Post", "authorId", "RelatedField refers to the unknown model \"Usr\"", "did you mean \"User\"?");
        assertProblem(problems.get(13), 26, 5, "Post", null, "unknown key \"indxes\" in model Post", "did you mean \"indexes\"?");
        assertProblem(problems.get(14), 27, 3, "Comment", null, "missing modelPrefix", "modelPrefix: c");
    }

    @Test
    void exceptionMessage_listsEveryProblemAsFileLineColumn() {
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ModelFileReader.read("models.yaml", TestFiles.text("bad-tour.yaml")));
        assertTrue(e.getMessage().startsWith("models.yaml has 15 problems; nothing was generated:\n"), e.getMessage());
        assertTrue(e.getMessage().contains("\n  models.yaml:7:21: model User, field email: unknown field type \"StringFeild\". "
                + "Fix: did you mean \"StringField\"?"), e.getMessage());
    }

    @Test
    void read_whenYamlIsMalformed_reportsTheSyntaxErrorPosition() {
        List<Problem> problems = problemsOf("models:\n  User:\n    modelPrefix: u\n    fields: {userId: {type: UlidField}\n");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().startsWith("YAML syntax error"), problems.get(0).toString());
        assertEquals(5, problems.get(0).line(), problems.get(0).toString());
    }

    @Test
    void read_whenFileIsEmptyOrHasNoModels_saysWhereModelsGo() {
        assertProblem(problemsOf("").get(0), 1, 1, null, null, "the file is empty", "\"models:\"");
        assertProblem(problemsOf("modles:\n  User: {}\n").get(1), 1, 1, null, null, "no top-level \"models:\" key", "models:");
        assertProblem(problemsOf("modles:\n  User: {}\n").get(0), 1, 1, null, null, "unknown key \"modles\" in the file",
                "did you mean \"models\"?");
    }

    @Test
    void read_whenAKeyIsDuplicated_namesTheFirstOne() {
        List<Problem> problems = problemsOf("models:\n  User:\n    modelPrefix: u\n    modelPrefix: v\n"
                + "    fields: {id: {type: StringField}}\n    primaryKey: {partitionKey: id}\n");
        assertProblem(problems.get(0), 4, 5, "User", null, "duplicate key \"modelPrefix\" in model User (first at line 3)", "keep one");
    }

    @Test
    void read_whenPrimaryKeyIsMissingOrWrong_explainsTheKeyShape() {
        assertProblem(problemsOf("models:\n  User:\n    modelPrefix: u\n    fields: {id: {type: StringField}}\n").get(0),
                2, 3, "User", null, "missing primaryKey", "partitionKey");
        assertProblem(problemsOf("models:\n  User:\n    modelPrefix: u\n    fields: {id: {type: StringSetField}}\n"
                + "    primaryKey: {partitionKey: id}\n").get(0), 5, 32, "User", "id", "StringSetField fields cannot be part of the primary key", "String");
        assertProblem(problemsOf("models:\n  User:\n    modelPrefix: u\n    fields: {id: {type: StringField}}\n"
                + "    primaryKey: {partitionKey: modelPrefix}\n").get(0), 5, 17, "User", null, "partitionKey and sortKey are both modelPrefix", "field");
    }

    @Test
    void read_whenAReferenceToACompositeKeyModelIsAKey_rejectsIt() {
        List<Problem> problems = problemsOf("models:\n"
                + "  Pair:\n    modelPrefix: pr\n    fields: {a: {type: StringField}, b: {type: StringField}}\n"
                + "    primaryKey: {partitionKey: a, sortKey: b}\n"
                + "  Link:\n    modelPrefix: l\n    fields: {pair: {type: RelatedField, model: Pair}}\n"
                + "    primaryKey: {partitionKey: pair}\n");
        assertProblem(problems.get(0), 9, 32, "Link", "pair", "a reference to Pair, whose primary id has two parts", "single-field primary key");
    }

    @Test
    void read_whenIndexIsNeitherPrimaryKeyNorAMapping_suggestsTheForms() {
        List<Problem> problems = problemsOf("models:\n  User:\n    modelPrefix: u\n    fields: {id: {type: StringField}}\n"
                + "    primaryKey: {partitionKey: id}\n    indexes:\n      all: primarykey\n      other: {partitionKey: id, indexId: gsi2}\n");
        assertProblem(problems.get(0), 7, 12, "User", null, "index all is \"primarykey\"", "did you mean \"primaryKey\"?");
        assertProblem(problems.get(1), 8, 7, "User", null, "index other has no sortKey", "needs all three");
    }

    @Test
    void read_whenJavaSectionIsWrong_reportsItsProblems() {
        List<Problem> problems = problemsOf("models:\n  User:\n    modelPrefix: u\n"
                + "    fields: {id: {type: StringField}, n: {type: IntegerField}}\n    primaryKey: {partitionKey: id}\n"
                + "java:\n  package: 1com.example\n  fields:\n    User.nn: {type: com.example.N}\n"
                + "    User.n: {type: com.example.Level}\n    Usr.id: {type: com.example.Id}\n");
        assertEquals(4, problems.size(), problems::toString);
        assertProblem(problems.get(0), 7, 12, null, null, "\"1com.example\" is not a Java package name", "com.example.model");
        assertProblem(problems.get(1), 9, 5, "User", "nn", "java.fields names the unknown field \"nn\"", "did you mean \"n\"?");
        assertProblem(problems.get(2), 10, 13, "User", "n", "a Java enum type can only replace a StringField, not IntegerField", "converter");
        assertProblem(problems.get(3), 11, 5, "Usr", "id", "unknown model \"Usr\"", "did you mean \"User\"?");
    }

    @Test
    void read_appliesDynamoBao042Defaults() {
        ModelFile file = ModelFileReader.read("models.yaml", "models:\n"
                + "  User:\n    modelPrefix: u\n    fields: {id: {type: StringField}}\n    primaryKey: {partitionKey: id}\n"
                + "  UserTag:\n    modelPrefix: ut\n    tableType: mapping\n    mapping: true\n"
                + "    fields: {userId: {model: User}, tagId: {model: User}}\n"
                + "    primaryKey: {partitionKey: userId, sortKey: tagId}\n");
        ModelDef user = file.model("User").orElseThrow();
        assertTrue(user.iterable());
        assertEquals(10, user.iterationBuckets());
        assertEquals(ModelDef.MODEL_PREFIX, user.sortKey());
        ModelDef mapping = file.model("UserTag").orElseThrow();
        assertFalse(mapping.iterable());
        assertTrue(mapping.mappingTable());
        assertEquals(FieldType.RELATED, mapping.field("userId").orElseThrow().type());
    }

    @Test
    void read_keepsCommentsOfModelsAndFields() {
        ModelFile file = ModelFileReader.read("models.yaml", TestFiles.text("every-type.yaml"));
        ModelDef author = file.model("Author").orElseThrow();
        assertEquals(List.of("An author."), author.comments());
        assertEquals(List.of("the login"), author.field("email").orElseThrow().comments());
        assertEquals("com.example.model", file.javaPackage());
        assertEquals("com.example.types.Status", author.field("status").orElseThrow().javaType());
    }
}
