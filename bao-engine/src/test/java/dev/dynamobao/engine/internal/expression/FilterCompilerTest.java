package dev.dynamobao.engine.internal.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.ValidationException;
import dev.dynamobao.query.Filter;
import dev.dynamobao.query.UnknownFieldException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class FilterCompilerTest {
    private static final FilterSchema POST = FilterSchema.of("Post", List.of(
            new FilterField("title", "title", AttributeKind.STRING, v -> AttributeValue.fromS((String) v)),
            new FilterField("name", "name", AttributeKind.STRING, v -> AttributeValue.fromS((String) v)),
            new FilterField("status", "status", AttributeKind.STRING, v -> AttributeValue.fromS(((Enum<?>) v).name())),
            new FilterField("size", "size", AttributeKind.NUMBER, v -> AttributeValue.fromN(v.toString())),
            new FilterField("count", "count", AttributeKind.NUMBER, v -> AttributeValue.fromN(v.toString())),
            new FilterField("createdAt", "createdAt", AttributeKind.NUMBER,
                    v -> AttributeValue.fromN(Long.toString(((Instant) v).toEpochMilli()))),
            new FilterField("published", "published", AttributeKind.BOOLEAN, v -> AttributeValue.fromBool((Boolean) v)),
            new FilterField("thumbnail", "thumbnail", AttributeKind.BINARY,
                    v -> AttributeValue.fromB(SdkBytes.fromByteArray((byte[]) v))),
            new FilterField("tags", "tags", AttributeKind.STRING_SET, v -> {
                throw new AssertionError("a string set is never converted whole in a filter");
            }),
            new FilterField("author", "authorId", AttributeKind.STRING, v -> AttributeValue.fromS("ref:" + v))));

    enum Status { ACTIVE, ARCHIVED }

    private final ExpressionContext context = new ExpressionContext();

    private String compile(Filter filter) {
        return FilterCompiler.compile(filter, POST, context);
    }

    private static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }

    private static AttributeValue n(String number) {
        return AttributeValue.fromN(number);
    }

    @ParameterizedTest
    @CsvSource({"EQ, =", "NE, <>", "GT, >", "GTE, >=", "LT, <", "LTE, <="})
    void comparison_onNumber_rendersOperator(Filter.Operator operator, String symbol) {
        String expression = compile(new Filter.Comparison("count", operator, 3));

        assertEquals("#a " + symbol + " :a", expression);
        assertEquals(Map.of("#a", "count"), context.names());
        assertEquals(Map.of(":a", n("3")), context.values());
    }

    @Test
    void eq_convertsValueWithFieldConverter() {
        assertEquals("#a = :a", compile(Filter.eq("status", Status.ACTIVE)));
        assertEquals(Map.of(":a", s("ACTIVE")), context.values());
    }

    @Test
    void gt_onInstantField_convertsToMillis() {
        compile(Filter.gt("createdAt", Instant.parse("2024-01-02T03:04:05.678Z")));

        assertEquals(Map.of(":a", n("1704164645678")), context.values());
    }

    @Test
    void field_usesAttributeNameNotFieldName() {
        assertEquals("#a = :a", compile(Filter.eq("author", "u1")));
        assertEquals(Map.of("#a", "authorId"), context.names());
        assertEquals(Map.of(":a", s("ref:u1")), context.values());
    }

    @Test
    void in_listsOnePlaceholderPerValue() {
        assertEquals("#a IN (:a, :b)", compile(Filter.in("status", Status.ACTIVE, Status.ARCHIVED)));
        assertEquals(Map.of(":a", s("ACTIVE"), ":b", s("ARCHIVED")), context.values());
    }

    @Test
    void between_rendersBothBounds() {
        assertEquals("#a BETWEEN :a AND :b", compile(Filter.between("count", 1, 9)));
        assertEquals(Map.of(":a", n("1"), ":b", n("9")), context.values());
    }

    @Test
    void between_onString_isAllowed() {
        assertEquals("#a BETWEEN :a AND :b", compile(Filter.between("title", "a", "m")));
    }

    @Test
    void beginsWith_rendersFunctionWithStringValue() {
        assertEquals("begins_with(#a, :a)", compile(Filter.beginsWith("title", "Hel")));
        assertEquals(Map.of(":a", s("Hel")), context.values());
    }

    @Test
    void contains_onString_rendersSubstringFunction() {
        assertEquals("contains(#a, :a)", compile(Filter.contains("title", "World")));
        assertEquals(Map.of(":a", s("World")), context.values());
    }

    @Test
    void contains_onStringSet_usesSingleStringElement() {
        assertEquals("contains(#a, :a)", compile(Filter.contains("tags", "java")));
        assertEquals(Map.of(":a", s("java")), context.values());
    }

    @ParameterizedTest
    @CsvSource({"title", "tags", "thumbnail"})
    void size_onSizedKinds_comparesWithNumber(String field) {
        assertEquals("size(#a) > :a", compile(Filter.size(field).gt(2)));
        assertEquals(Map.of(":a", n("2")), context.values());
    }

    @Test
    void size_everyOperator_renders() {
        assertEquals("size(#a) = :a", compile(Filter.size("tags").eq(1)));
        assertEquals("size(#a) <> :b", compile(Filter.size("tags").ne(1)));
        assertEquals("size(#a) >= :c", compile(Filter.size("tags").gte(1)));
        assertEquals("size(#a) < :d", compile(Filter.size("tags").lt(1)));
        assertEquals("size(#a) <= :e", compile(Filter.size("tags").lte(1)));
    }

    @Test
    void exists_andNotExists_renderFunctions() {
        assertEquals("attribute_exists(#a)", compile(Filter.exists("thumbnail")));
        assertEquals("attribute_not_exists(#b)", compile(Filter.notExists("tags")));
        assertTrue(context.values().isEmpty());
    }

    @Test
    void and_joinsParts() {
        assertEquals("#a = :a AND #b > :b", compile(Filter.and(Filter.eq("title", "x"), Filter.gt("count", 1))));
    }

    @Test
    void or_joinsParts() {
        assertEquals("#a = :a OR #a = :b", compile(Filter.or(Filter.eq("title", "x"), Filter.eq("title", "y"))));
        assertEquals(Map.of("#a", "title"), context.names());
    }

    @Test
    void orInsideAnd_isParenthesised_likeJavaScript() {
        Filter filter = Filter.and(Filter.or(Filter.beginsWith("title", "Hel"), Filter.eq("name", "x")),
                Filter.exists("thumbnail"));

        assertEquals("(begins_with(#a, :a) OR #b = :b) AND attribute_exists(#c)", compile(filter));
    }

    @Test
    void andInsideOr_isParenthesised() {
        Filter filter = Filter.or(Filter.and(Filter.eq("title", "a"), Filter.eq("name", "b")), Filter.eq("count", 1));

        assertEquals("(#a = :a AND #b = :b) OR #c = :c", compile(filter));
    }

    @Test
    void sameJunctionNested_needsNoParentheses() {
        Filter filter = Filter.and(Filter.and(Filter.eq("title", "a"), Filter.eq("name", "b")), Filter.eq("count", 1));

        assertEquals("#a = :a AND #b = :b AND #c = :c", compile(filter));
    }

    @Test
    void junctionWithOnePart_rendersThatPart() {
        assertEquals("#a = :a", compile(new Filter.And(List.of(Filter.eq("title", "a")))));
    }

    @Test
    void not_ofFunction_needsNoParentheses() {
        assertEquals("NOT contains(#a, :a)", compile(Filter.not(Filter.contains("tags", "java"))));
    }

    @Test
    void not_ofComparison_isParenthesised() {
        assertEquals("NOT (#a = :a)", compile(Filter.not(Filter.eq("title", "x"))));
    }

    @Test
    void not_ofJunction_isParenthesised() {
        Filter filter = Filter.not(Filter.or(Filter.eq("title", "x"), Filter.exists("tags")));

        assertEquals("NOT (#a = :a OR attribute_exists(#b))", compile(filter));
    }

    @Test
    void deepNesting_rendersEveryLevel() {
        Filter filter = Filter.and(
                Filter.eq("status", Status.ACTIVE),
                Filter.or(Filter.contains("tags", "java"), Filter.size("tags").gt(3)),
                Filter.not(Filter.and(Filter.between("count", 1, 5), Filter.in("name", "a", "b"))));

        assertEquals("#a = :a AND (contains(#b, :b) OR size(#b) > :c)"
                + " AND NOT (#c BETWEEN :d AND :e AND #d IN (:f, :g))", compile(filter));
        assertEquals(Map.of("#a", "status", "#b", "tags", "#c", "count", "#d", "name"), context.names());
        assertEquals(7, context.values().size());
    }

    @Test
    void defaultMethods_combineFilters() {
        Filter filter = Filter.eq("title", "a").or(Filter.eq("name", "b")).and(Filter.exists("tags"));

        assertEquals("(#a = :a OR #b = :b) AND attribute_exists(#c)", compile(filter));
    }

    @Test
    void reservedWordFieldNames_appearOnlyAsPlaceholders() {
        String expression = compile(Filter.and(Filter.eq("name", "n"), Filter.eq("status", Status.ACTIVE),
                Filter.gt("size", 1), Filter.lt("count", 2)));

        assertEquals("#a = :a AND #b = :b AND #c > :c AND #d < :d", expression);
        assertEquals(Map.of("#a", "name", "#b", "status", "#c", "size", "#d", "count"), context.names());
    }

    @Test
    void userValues_neverAppearInExpressionText() {
        String hostile = "x) OR attribute_exists(#a";

        String expression = compile(Filter.or(Filter.eq("title", hostile), Filter.contains("title", hostile),
                Filter.beginsWith("title", hostile)));

        assertFalse(expression.contains(hostile));
        assertEquals("#a = :a OR contains(#a, :b) OR begins_with(#a, :c)", expression);
    }

    @Test
    void unknownField_throwsNamingModelFieldAndFields() {
        UnknownFieldException error = assertThrows(UnknownFieldException.class,
                () -> compile(Filter.and(Filter.eq("title", "a"), Filter.eq("titel", "b"))));

        String message = error.getMessage();
        assertTrue(message.contains("Post"), message);
        assertTrue(message.contains("'titel'"), message);
        assertTrue(message.contains("title, name, status, size, count, createdAt, published, thumbnail, tags, author"),
                message);
    }

    @Test
    void unknownField_insideNot_isFound() {
        assertThrows(UnknownFieldException.class, () -> compile(Filter.not(Filter.exists("nope"))));
    }

    @ParameterizedTest
    @CsvSource({"published", "tags", "thumbnail"})
    void orderingComparison_onUnorderedKind_isRejected(String field) {
        ValidationException error = assertThrows(ValidationException.class, () -> compile(Filter.gt(field, 1)));

        assertTrue(error.getMessage().contains("Filter.gt"), error.getMessage());
        assertTrue(error.getMessage().contains("'" + field + "'"), error.getMessage());
        assertTrue(error.getMessage().contains("Post"), error.getMessage());
    }

    @Test
    void between_onBoolean_isRejected() {
        assertThrows(ValidationException.class, () -> compile(Filter.between("published", false, true)));
    }

    @Test
    void eq_onStringSet_isRejectedWithHint() {
        ValidationException error = assertThrows(ValidationException.class, () -> compile(Filter.eq("tags", "java")));

        assertTrue(error.getMessage().contains("STRING_SET"), error.getMessage());
        assertTrue(error.getMessage().contains("contains"), error.getMessage());
    }

    @Test
    void in_onStringSet_isRejected() {
        assertThrows(ValidationException.class, () -> compile(Filter.in("tags", "a")));
    }

    @Test
    void eqAndNe_onBooleanAndBinary_areAllowed() {
        assertEquals("#a = :a", compile(Filter.eq("published", true)));
        assertEquals("#b <> :b", compile(Filter.ne("thumbnail", new byte[] {1, 2})));
        assertEquals(AttributeValue.fromBool(true), context.values().get(":a"));
    }

    @ParameterizedTest
    @CsvSource({"count", "published", "thumbnail", "tags"})
    void beginsWith_onNonString_isRejected(String field) {
        assertThrows(ValidationException.class, () -> compile(Filter.beginsWith(field, "a")));
    }

    @ParameterizedTest
    @CsvSource({"count", "published", "thumbnail"})
    void contains_onNonStringKinds_isRejected(String field) {
        ValidationException error = assertThrows(ValidationException.class, () -> compile(Filter.contains(field, "a")));

        assertTrue(error.getMessage().contains("Filter.contains"), error.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"count", "published"})
    void size_onNumberOrBoolean_isRejected(String field) {
        assertThrows(ValidationException.class, () -> compile(Filter.size(field).eq(1)));
    }

    @Test
    void valueOfWrongJavaType_isRejectedAsValidation() {
        ValidationException error = assertThrows(ValidationException.class,
                () -> compile(Filter.eq("createdAt", "yesterday")));

        assertTrue(error.getMessage().contains("'createdAt'"), error.getMessage());
        assertTrue(error.getMessage().contains("yesterday"), error.getMessage());
        assertTrue(error.getCause() instanceof ClassCastException);
    }

    @Test
    void converterValidationException_passesThroughUnchanged() {
        ValidationException original = new ValidationException("bad e-mail");
        FilterSchema schema = FilterSchema.of("User", List.of(new FilterField("email", "email", AttributeKind.STRING,
                v -> {
                    throw original;
                })));

        ValidationException error = assertThrows(ValidationException.class,
                () -> FilterCompiler.compile(Filter.eq("email", "x"), schema, context));

        assertSame(original, error);
    }

    @Test
    void converterReturningNull_isRejected() {
        FilterSchema schema = FilterSchema.of("User", List.of(new FilterField("email", "email", AttributeKind.STRING,
                v -> null)));

        assertThrows(ValidationException.class, () -> FilterCompiler.compile(Filter.eq("email", "x"), schema, context));
    }

    @Test
    void filterAfterKeyCondition_continuesPlaceholderNumbering() {
        String key = KeyCondition.partition("_pk", s("p#u1")).render(context);
        String filter = compile(Filter.contains("title", "another"));

        assertEquals("#a = :a", key);
        assertEquals("contains(#b, :b)", filter);
    }

    @Test
    void schemaOf_withDuplicateField_isRejected() {
        FilterField field = new FilterField("a", "a", AttributeKind.STRING, v -> AttributeValue.fromS(v.toString()));

        assertThrows(IllegalArgumentException.class, () -> FilterSchema.of("M", List.of(field, field)));
    }
}
