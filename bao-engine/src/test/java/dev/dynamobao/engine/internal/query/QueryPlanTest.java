package dev.dynamobao.engine.internal.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoException;
import dev.dynamobao.EnhancementMode;
import dev.dynamobao.Ref;
import dev.dynamobao.ValidationException;
import dev.dynamobao.annotation.Index;
import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.SortKey;
import dev.dynamobao.engine.internal.convert.ConverterFactory;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.ModelRegistry;
import dev.dynamobao.engine.internal.operation.QueryOperation;
import dev.dynamobao.query.Filter;
import dev.dynamobao.query.InvalidCursorException;
import dev.dynamobao.query.SortCondition;
import dev.dynamobao.query.UnknownFieldException;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Compiling queries into key conditions, filters and partition values, and checking cursors against them. */
class QueryPlanTest {

    @Entity(name = "Author")
    @Model(prefix = "a")
    static final class Author {
        @Id String authorId;
    }

    @Entity(name = "Note")
    @Model(prefix = "n")
    @Index(name = "byAuthor", id = IndexId.GSI1, partitionKey = "author", sortKey = "page")
    @Index(name = "byStatus", id = IndexId.GSI2, partitionKey = Index.MODEL_PREFIX, sortKey = "status")
    @Index(name = "inBook", id = IndexId.PRIMARY_KEY)
    static final class Note {
        @Id String book;
        @SortKey Integer page;
        Ref<Author> author;
        String status;
        Integer size;
        Set<String> labels;
    }

    @Entity(name = "Setting")
    @Model(prefix = "st")
    static final class Setting {
        @SortKey String key;
    }

    private static final ModelRegistry MODELS = ModelRegistry.build(List.of(Author.class, Note.class, Setting.class),
            new ConverterFactory(Map.of()), EnhancementMode.AUTO, false);
    private static final QueryValues VALUES = new QueryValues(MODELS);
    private static final EntityModel NOTE = MODELS.model(Note.class);
    private static final String AUTHOR_ID = "01HK421PSE1Z4KGPSHDWV0D589";

    private static QueryPlan plan(String index, String tenant, Object partition, SortCondition sort, Filter... filters) {
        return QueryPlan.of(QueryTarget.of(NOTE, index), tenant, partition, sort, List.of(filters), false, VALUES);
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return new HashMap<>(Map.of("_pk", AttributeValue.fromS(pk), "_sk", AttributeValue.fromS(sk)));
    }

    @Test
    void primaryKey_readsTheTenantPrefixedPartition() {
        QueryOperation.Spec spec = plan(null, "acme", "book1", null).spec();

        assertNull(spec.indexName());
        assertEquals("#a = :a", spec.keyConditionExpression());
        assertEquals(Map.of("#a", "_pk"), spec.names());
        assertEquals(Map.of(":a", AttributeValue.fromS("[acme]#n#book1")), spec.values());
        assertNull(spec.filterExpression());
    }

    @Test
    void primaryKeyAlias_readsThePrimaryKey_withSortConditionInKeyForm() {
        QueryOperation.Spec spec = plan("inBook", null, "book1", SortCondition.between(2, 5)).spec();

        assertNull(spec.indexName());
        assertEquals("#a = :a AND #b BETWEEN :b AND :c", spec.keyConditionExpression());
        assertEquals("_sk", spec.names().get("#b"));
        assertEquals(AttributeValue.fromS("00000000000000000002"), spec.values().get(":b"));
        assertEquals(AttributeValue.fromS("00000000000000000005"), spec.values().get(":c"));
    }

    @Test
    void gsiOnRefField_acceptsRefEntityOrId() {
        Author author = new Author();
        author.authorId = AUTHOR_ID;
        for (Object partition : List.of(Ref.to(Author.class, AUTHOR_ID), author, AUTHOR_ID)) {
            QueryPlan plan = plan("byAuthor", null, partition, SortCondition.gte(3));
            assertEquals("gsi1", plan.spec().indexName());
            assertEquals("n#gsi1#" + AUTHOR_ID, plan.partitionValue());
            assertEquals(Map.of("#a", "_gsi1_pk", "#b", "_gsi1_sk"), plan.spec().names());
            assertEquals("#a = :a AND #b >= :b", plan.spec().keyConditionExpression());
        }
    }

    @Test
    void gsiPartitionedByModelPrefix_needsNoPartition_andRefusesOne() {
        assertEquals("[t]#n#gsi2#n", plan("byStatus", "t", null, SortCondition.beginsWith("act")).partitionValue());
        ValidationException failure = assertThrows(ValidationException.class, () -> plan("byStatus", null, "x", null));
        assertTrue(failure.getMessage().contains("model prefix"), failure.getMessage());
    }

    @Test
    void modelKeyedByPrefix_readsThePrefixPartition_withoutTenant() {
        QueryPlan plan = QueryPlan.of(QueryTarget.primaryKey(MODELS.model(Setting.class)), "acme", null,
                SortCondition.beginsWith("the"), List.of(), true, VALUES);

        assertEquals("st", plan.partitionValue());
        assertTrue(plan.spec().descending());
    }

    @Test
    void filter_usesPlaceholdersOnly_evenForReservedWords() {
        QueryOperation.Spec spec = plan(null, null, "book1", null,
                Filter.eq("status", "size"), Filter.gt("size", 3), Filter.contains("labels", "x' OR 1=1")).spec();

        assertEquals("#b = :b AND #c > :c AND contains(#d, :d)", spec.filterExpression());
        assertEquals("status", spec.names().get("#b"));
        assertEquals("size", spec.names().get("#c"));
        assertEquals(AttributeValue.fromS("x' OR 1=1"), spec.values().get(":d"));
        assertFalse(spec.keyConditionExpression().contains("book1"));
    }

    @Test
    void filter_onRefField_comparesThePrimaryId() {
        Author author = new Author();
        author.authorId = AUTHOR_ID;

        QueryOperation.Spec spec = plan(null, null, "book1", null, Filter.eq("author", author)).spec();

        assertEquals(AttributeValue.fromS(AUTHOR_ID), spec.values().get(":b"));
    }

    @Test
    void unknownFilterField_throwsUnknownField_listingTheFields() {
        UnknownFieldException failure = assertThrows(UnknownFieldException.class,
                () -> plan(null, null, "book1", null, Filter.eq("colour", "red")));
        assertTrue(failure.getMessage().contains("colour") && failure.getMessage().contains("labels"), failure.getMessage());
    }

    @Test
    void filterValueOfTheWrongType_throwsValidation() {
        assertThrows(ValidationException.class, () -> plan(null, null, "book1", null, Filter.eq("size", "three")));
        assertThrows(ValidationException.class, () -> plan(null, null, "book1", SortCondition.eq("two")));
    }

    @Test
    void missingPartition_throwsNamingTheField() {
        ValidationException failure = assertThrows(ValidationException.class, () -> plan("byAuthor", null, null, null));
        assertTrue(failure.getMessage().contains("author"), failure.getMessage());
    }

    @Test
    void refPartitionOfAnotherType_throws() {
        assertThrows(ValidationException.class, () -> plan("byAuthor", null, Ref.to(Setting.class, "x"), null));
    }

    @Test
    void unknownIndex_throwsListingTheIndexes() {
        BaoException failure = assertThrows(BaoException.class, () -> QueryTarget.of(NOTE, "byColour"));
        assertTrue(failure.getMessage().contains("byAuthor (gsi1: author, page)"), failure.getMessage());
        assertTrue(failure.getMessage().contains("inBook (primary key)"), failure.getMessage());
    }

    @Test
    void sortCondition_onModelPrefixSortKey_throws() {
        EntityModel author = MODELS.model(Author.class);
        assertThrows(ValidationException.class, () -> QueryPlan.of(QueryTarget.primaryKey(author), null, "x",
                SortCondition.eq("a"), List.of(), false, VALUES));
    }

    @Test
    void checkStartKey_acceptsAKeyOfTheSamePartitionAndRange() {
        QueryPlan plan = plan(null, null, "book1", SortCondition.gt(3));
        assertDoesNotThrow(() -> plan.checkStartKey(key("n#book1", "00000000000000000004")));
    }

    @Test
    void checkStartKey_rejectsOtherAttributesPartitionsAndRanges() {
        QueryPlan plan = plan(null, null, "book1", SortCondition.gt(3));
        assertThrows(InvalidCursorException.class, () -> plan.checkStartKey(key("n#book2", "00000000000000000004")));
        assertThrows(InvalidCursorException.class, () -> plan.checkStartKey(key("n#book1", "00000000000000000002")));
        Map<String, AttributeValue> gsiKey = key("n#book1", "00000000000000000004");
        gsiKey.put("_gsi1_pk", AttributeValue.fromS("n#gsi1#x"));
        assertThrows(InvalidCursorException.class, () -> plan.checkStartKey(gsiKey));
        Map<String, AttributeValue> numeric = Map.of("_pk", AttributeValue.fromS("n#book1"), "_sk", AttributeValue.fromN("4"));
        assertThrows(InvalidCursorException.class, () -> plan.checkStartKey(numeric));
    }

    @Test
    void gsiTarget_keyAttributesIncludeTheTableKey() {
        assertEquals(List.of("_pk", "_sk", "_gsi1_pk", "_gsi1_sk"), QueryTarget.of(NOTE, "byAuthor").keyAttributes());
        assertEquals(List.of("_pk", "_sk"), QueryTarget.of(NOTE, "inBook").keyAttributes());
    }
}
