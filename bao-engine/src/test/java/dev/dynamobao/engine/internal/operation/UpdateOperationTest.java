package dev.dynamobao.engine.internal.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.EnhancementMode;
import dev.dynamobao.EntityNotFoundException;
import dev.dynamobao.OptimisticLockException;
import dev.dynamobao.ValidationException;
import dev.dynamobao.annotation.Counter;
import dev.dynamobao.annotation.Index;
import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.ModifiedDate;
import dev.dynamobao.annotation.Unique;
import dev.dynamobao.annotation.UniqueId;
import dev.dynamobao.engine.internal.convert.ConverterFactory;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.FieldModel;
import dev.dynamobao.engine.internal.model.ModelRegistry;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** The planned {@code UpdateItem} of a changed entity ({@code LAYOUT.md} §6.1, §10, §16), without a database. */
class UpdateOperationTest {

    @Entity
    @Model(prefix = "d", iterable = false)
    @Index(name = "byKind", id = IndexId.GSI1, partitionKey = "kind", sortKey = "rank")
    @Index(name = "recent", id = IndexId.GSI2, partitionKey = Index.MODEL_PREFIX, sortKey = "modifiedAt")
    @Unique(name = "uniqueCode", field = "code", id = UniqueId.UC1)
    static final class Doc {
        @Id String id;
        String title;
        String kind;
        Integer rank;
        String code;
        @Counter Long hits;
        Set<String> tags;
        @ModifiedDate Instant modifiedAt;
        @Version String version;
    }

    @Entity
    @Model(prefix = "s", iterable = true, iterationBuckets = 1)
    static final class Simple {
        @Id String id;
        String title;
    }

    private static final ModelRegistry MODELS = ModelRegistry.build(List.of(Doc.class, Simple.class),
            new ConverterFactory(Map.of()), EnhancementMode.AUTO, false);
    private static final EntityModel DOC = MODELS.model(Doc.class);
    private static final EntityModel SIMPLE = MODELS.model(Simple.class);
    private static final Instant NOW = Instant.ofEpochMilli(1_704_164_645_678L);
    private static final String LOADED_VERSION = "01HK421PSE1Z4KGPSHDWV0D589";

    private static Doc doc() {
        Doc doc = new Doc();
        doc.id = "d1";
        doc.title = "Title";
        doc.kind = "memo";
        doc.rank = 2;
        doc.code = "C-1";
        doc.hits = 5L;
        doc.tags = new LinkedHashSet<>(List.of("a", "b"));
        doc.modifiedAt = Instant.ofEpochMilli(1);
        doc.version = LOADED_VERSION;
        return doc;
    }

    private static Object[] snapshot(EntityModel model, Object entity) {
        Object[] values = new Object[model.fields().size()];
        for (FieldModel field : model.fields()) {
            values[field.index()] = field.converter().snapshot(field.get(entity));
        }
        return values;
    }

    private static boolean[] all(EntityModel model) {
        boolean[] candidates = new boolean[model.fields().size()];
        Arrays.fill(candidates, true);
        return candidates;
    }

    private static UpdatePlan plan(EntityModel model, Object entity, Object[] loaded) {
        return plan(model, entity, loaded, () -> {
            throw new AssertionError("existence is only checked after a failed condition");
        });
    }

    private static UpdatePlan plan(EntityModel model, Object entity, Object[] loaded, BooleanSupplier stillExists) {
        return UpdateOperation.plan(new WriteTarget("t", model, null, new ItemKey(model.prefix() + "#id", model.prefix()), "id"),
                entity, all(model), loaded, NOW, stillExists);
    }

    /** The update action (the last one) with placeholders resolved, e.g. {@code SET title = "x"}. */
    private static String resolved(UpdatePlan plan) {
        Update update = plan.actions().get(plan.actions().size() - 1).item().update();
        return resolve(update.updateExpression(), update) + " IF " + resolve(update.conditionExpression(), update);
    }

    private static String resolve(String expression, Update update) {
        String text = expression;
        for (Map.Entry<String, String> name : update.expressionAttributeNames().entrySet()) {
            text = text.replaceAll(name.getKey() + "\\b", name.getValue());
        }
        for (Map.Entry<String, AttributeValue> value : update.expressionAttributeValues().entrySet()) {
            AttributeValue v = value.getValue();
            String shown = v.s() != null ? '"' + v.s() + '"' : v.n() != null ? v.n() : v.hasSs() ? v.ss().toString() : v.toString();
            text = text.replaceAll(value.getKey() + "\\b", java.util.regex.Matcher.quoteReplacement(shown));
        }
        return text;
    }

    private static String version(UpdatePlan plan) {
        return (String) plan.generated().get(DOC.version());
    }

    @Test
    void unchangedEntity_plansNothing() {
        Doc doc = doc();
        assertTrue(plan(DOC, doc, snapshot(DOC, doc)).isEmpty());
    }

    @Test
    void onlyModifiedDateOrVersionWritten_plansNothing() {
        Doc doc = doc();
        Object[] loaded = snapshot(DOC, doc);
        doc.modifiedAt = Instant.now();
        doc.version = "01HK421Q3GASASGXY85SM7Z0B7";
        assertTrue(plan(DOC, doc, loaded).isEmpty());
    }

    @Test
    void changedText_setsItPlusModifiedDateAndFreshVersion_conditionedOnTheLoadedVersionOnly() {
        Doc doc = doc();
        Object[] loaded = snapshot(DOC, doc);
        doc.title = "New";

        UpdatePlan plan = plan(DOC, doc, loaded);

        assertEquals(1, plan.actions().size());
        assertEquals("SET title = \"New\", modifiedAt = 1704164645678, version = \"" + version(plan) + "\","
                + " _gsi2_pk = \"d#gsi2#d\", _gsi2_sk = \"00000001704164645678\" IF version = \"" + LOADED_VERSION + "\"",
                resolved(plan));
        assertNotEquals(LOADED_VERSION, version(plan));
        assertEquals(NOW, plan.generated().get(DOC.field("modifiedAt").orElseThrow()));
        assertEquals(List.of(DOC.field("title").orElseThrow()), plan.changed());
        assertNull(plan.actions().get(0).item().update().returnValuesOnConditionCheckFailure(),
                "the old item is not requested on every update; a failure is classified by one read");
    }

    @Test
    void nullValue_isRemoved_andCounterDelta_isAdded() {
        Doc doc = doc();
        Object[] loaded = snapshot(DOC, doc);
        doc.title = null;
        doc.hits = 8L;

        String text = resolved(plan(DOC, doc, loaded));

        assertTrue(text.contains("REMOVE title"), text);
        assertTrue(text.contains("ADD hits 3"), text);
        assertFalse(text.contains("hits ="), text);
    }

    @Test
    void negativeCounterDelta_isAddedAsANegativeNumber() {
        Doc doc = doc();
        Object[] loaded = snapshot(DOC, doc);
        doc.hits = 1L;
        assertTrue(resolved(plan(DOC, doc, loaded)).contains("ADD hits -4"));
    }

    @Test
    void stringSet_additionsOnly_add_removalsOnly_delete_both_setTheWholeSet_empty_remove() {
        Doc doc = doc();
        Object[] loaded = snapshot(DOC, doc);
        doc.tags.add("c");
        assertTrue(resolved(plan(DOC, doc, loaded)).contains("ADD tags [c]"));

        doc = doc();
        doc.tags.remove("a");
        assertTrue(resolved(plan(DOC, doc, loaded)).contains("DELETE tags [a]"));

        doc = doc();
        doc.tags.remove("a");
        doc.tags.add("z");
        assertTrue(resolved(plan(DOC, doc, loaded)).contains("tags = [b, z]"));

        doc = doc();
        doc.tags.clear();
        assertTrue(resolved(plan(DOC, doc, loaded)).contains("REMOVE tags"));

        doc = doc();
        doc.tags = null;
        assertTrue(resolved(plan(DOC, doc, loaded)).contains("REMOVE tags"));
    }

    @Test
    void indexSourceChanged_rewritesThatIndexFromCurrentValues() {
        Doc doc = doc();
        Object[] loaded = snapshot(DOC, doc);
        doc.rank = 7;

        String text = resolved(plan(DOC, doc, loaded));

        assertTrue(text.contains("_gsi1_pk = \"d#gsi1#memo\", _gsi1_sk = \"00000000000000000007\""), text);
    }

    @Test
    void indexSourceSetToNull_removesBothIndexAttributes() {
        Doc doc = doc();
        Object[] loaded = snapshot(DOC, doc);
        doc.kind = null;

        String text = resolved(plan(DOC, doc, loaded));

        assertTrue(text.contains("REMOVE kind, _gsi1_pk, _gsi1_sk"), text);
        assertFalse(text.contains("_gsi1_pk ="), text);
    }

    @Test
    void uniqueFieldChanged_releasesTheOldValueAndClaimsTheNewOne_beforeTheUpdate() {
        Doc doc = doc();
        Object[] loaded = snapshot(DOC, doc);
        doc.code = "C-2";

        UpdatePlan plan = plan(DOC, doc, loaded);

        assertEquals(3, plan.actions().size());
        assertTrue(plan.actions().get(0).description().contains("C-1"), plan.actions().get(0).description());
        assertTrue(plan.actions().get(1).description().contains("C-2"), plan.actions().get(1).description());
        assertTrue(plan.actions().get(2).item().update() != null);
    }

    @Test
    void versionedItemWithoutStoredVersion_requiresExistenceAndAbsentVersion() {
        Doc doc = doc();
        doc.version = null;
        Object[] loaded = snapshot(DOC, doc);
        doc.title = "New";

        assertTrue(resolved(plan(DOC, doc, loaded)).endsWith("IF attribute_exists(_pk) AND attribute_not_exists(version)"));
    }

    @Test
    void unversionedIterableModel_requiresExistence_andRewritesIterationKeys() {
        Simple simple = new Simple();
        simple.id = "s1";
        simple.title = "Old";
        Object[] loaded = snapshot(SIMPLE, simple);
        simple.title = "New";

        assertEquals("SET title = \"New\", _iter_pk = \"s#iter\", _iter_sk = \"id\" IF attribute_exists(_pk)",
                resolved(plan(SIMPLE, simple, loaded)));
    }

    @Test
    void onlyCandidateFieldsAreCompared() {
        Doc doc = doc();
        Object[] loaded = snapshot(DOC, doc);
        doc.title = "New";
        boolean[] none = new boolean[DOC.fields().size()];

        assertTrue(UpdateOperation.plan(new WriteTarget("t", DOC, null, new ItemKey("d#id", "d"), "id"), doc, none, loaded, NOW, () -> true)
                .isEmpty());
    }

    @Test
    void primaryKeyChange_isRejectedNamingTheField() {
        Simple simple = new Simple();
        simple.id = "s1";
        Object[] loaded = snapshot(SIMPLE, simple);
        simple.id = "s2";

        ValidationException failure = assertThrows(ValidationException.class, () -> plan(SIMPLE, simple, loaded));
        assertTrue(failure.getMessage().contains("Simple.id"), failure.getMessage());
    }

    @Test
    void failedConditionOfAVersionedEntity_isAConflictWhenTheItemStillExists_elseNotFound() {
        Doc doc = doc();
        Object[] loaded = snapshot(DOC, doc);
        doc.title = "New";
        boolean[] exists = {true};
        int[] probes = {0};
        WriteAction update = plan(DOC, doc, loaded, () -> {
            probes[0]++;
            return exists[0];
        }).actions().get(0);

        OptimisticLockException conflict = assertInstanceOf(OptimisticLockException.class, update.onConditionFailure().apply(null));
        assertEquals("Doc", conflict.model());
        assertEquals("id", conflict.primaryId());
        exists[0] = false;
        assertInstanceOf(EntityNotFoundException.class, update.onConditionFailure().apply(null));
        assertEquals(2, probes[0]);
        assertInstanceOf(OptimisticLockException.class,
                update.onConditionFailure().apply(Map.of("version", AttributeValue.fromS("01HK421Q3GASASGXY85SM7Z0B7"))));
    }

    @Test
    void failedConditionOfAnUnversionedEntity_isNotFound_withoutAnyRead() {
        Simple simple = new Simple();
        simple.id = "s1";
        simple.title = "Old";
        Object[] loaded = snapshot(SIMPLE, simple);
        simple.title = "New";
        WriteAction update = plan(SIMPLE, simple, loaded).actions().get(0);

        EntityNotFoundException notFound = assertInstanceOf(EntityNotFoundException.class, update.onConditionFailure().apply(null));
        assertTrue(notFound.getMessage().contains("Simple 'id'"), notFound.getMessage());
    }

    @Test
    void failedExistenceRead_isReportedAsAConflict_withTheReadFailureAttached() {
        Doc doc = doc();
        Object[] loaded = snapshot(DOC, doc);
        doc.title = "New";
        WriteAction update = plan(DOC, doc, loaded, () -> {
            throw new IllegalStateException("network down");
        }).actions().get(0);

        OptimisticLockException conflict = assertInstanceOf(OptimisticLockException.class, update.onConditionFailure().apply(null));
        assertEquals("network down", conflict.getSuppressed()[0].getMessage());
    }
}
