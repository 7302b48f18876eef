package dev.dynamobao.engine.internal.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.EnhancementMode;
import dev.dynamobao.Ref;
import dev.dynamobao.ValidationException;
import dev.dynamobao.annotation.Index;
import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.SortKey;
import dev.dynamobao.annotation.Unique;
import dev.dynamobao.annotation.UniqueId;
import dev.dynamobao.engine.internal.convert.ConverterFactory;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.IndexModel;
import dev.dynamobao.engine.internal.model.KeyShape;
import dev.dynamobao.engine.internal.model.ModelRegistry;
import dev.dynamobao.engine.internal.model.UniqueModel;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every key string of {@code LAYOUT.md} §4, §6, §7, §8 and §11, with the layout's own examples. */
class KeyCodecTest {

    private static final String ALICE = "01HK421PSE1Z4KGPSHDWV0D589";
    private static final String POST = "01HK421Q0CBVF84397T6SEGJ6Q";

    @Entity(name = "User")
    @Model(prefix = "u")
    @Index(name = "byStatus", id = IndexId.GSI1, partitionKey = "status", sortKey = "createdAt")
    @Unique(name = "uniqueEmail", field = "email", id = UniqueId.UC1)
    static final class ShapeAUser {
        @Id @GeneratedValue String userId;
        String email;
        String status;
        Instant createdAt;
    }

    @Entity(name = "Post")
    @Model(prefix = "p", iterationBuckets = 1)
    @Index(name = "recentPosts", id = IndexId.GSI2, partitionKey = Index.MODEL_PREFIX, sortKey = "createdAt")
    static final class ShapeBPost {
        @Id Ref<ShapeAUser> userId;
        @SortKey String postId;
        Instant createdAt;
    }

    @Entity(name = "Setting")
    @Model(prefix = "st")
    static final class ShapeCSetting {
        @SortKey String key;
        String value;
    }

    @Entity
    @Model(prefix = "sc", iterationBuckets = 100)
    static final class Score {
        @Id Integer n;
    }

    @Entity
    @Model(prefix = "r")
    static final class Reading {
        @Id String deviceId;
        @SortKey Integer seq;
    }

    @Entity
    @Model(prefix = "ms")
    static final class Measure {
        @Id Double value;
    }

    private static final ModelRegistry MODELS = ModelRegistry.build(
            List.of(ShapeAUser.class, ShapeBPost.class, ShapeCSetting.class, Score.class, Reading.class, Measure.class),
            new ConverterFactory(Map.of()), EnhancementMode.AUTO, false);
    private static final EntityModel USER = MODELS.model(ShapeAUser.class);
    private static final EntityModel POSTS = MODELS.model(ShapeBPost.class);
    private static final EntityModel SETTING = MODELS.model(ShapeCSetting.class);
    private static final EntityModel SCORE = MODELS.model(Score.class);
    private static final EntityModel READING = MODELS.model(Reading.class);

    private static ShapeAUser user(String id) {
        ShapeAUser user = new ShapeAUser();
        user.userId = id;
        return user;
    }

    // ---- shapes --------------------------------------------------------------------------------

    @Test
    void models_haveTheThreeShapes() {
        assertEquals(KeyShape.PARTITION_ONLY, USER.shape());
        assertEquals(KeyShape.COMPOSITE, POSTS.shape());
        assertEquals(KeyShape.PREFIX_PARTITION, SETTING.shape());
    }

    @Test
    void shapeA_keyIsPrefixedIdAndModelPrefix() {
        assertEquals(new ItemKey("u#" + ALICE, "u"), KeyCodec.itemKey(USER, null, ALICE));
        assertEquals(ALICE, KeyCodec.primaryId(USER, user(ALICE)));
        assertEquals(ALICE, KeyCodec.primaryIdOf(USER, new ItemKey("u#" + ALICE, "u")));
    }

    @Test
    void shapeA_underATenant_prefixesOnlyThePartitionKey() {
        assertEquals(new ItemKey("[acme]#u#01HK421R2RK33QCBXGYD68060E", "u"),
                KeyCodec.itemKey(USER, "acme", "01HK421R2RK33QCBXGYD68060E"));
        assertEquals("01HK421R2RK33QCBXGYD68060E",
                KeyCodec.primaryIdOf(USER, new ItemKey("[acme]#u#01HK421R2RK33QCBXGYD68060E", "u")));
    }

    @Test
    void shapeA_keepsHashesAndColonsOfTheIdVerbatim() {
        assertEquals(new ItemKey("u#a#b:c", "u"), KeyCodec.itemKey(USER, null, "a#b:c"));
        assertEquals("a#b:c", KeyCodec.primaryIdOf(USER, new ItemKey("u#a#b:c", "u")));
    }

    @Test
    void shapeA_withAnIntegerKey_usesThePaddedKeyFormAsPrimaryId() {
        Score score = new Score();
        score.n = 42;
        assertEquals("00000000000000000042", KeyCodec.primaryId(SCORE, score));
        assertEquals(new ItemKey("sc#00000000000000000042", "sc"), KeyCodec.itemKey(SCORE, null, "00000000000000000042"));
        assertEquals("00000000000000000042", KeyCodec.primaryId(SCORE, 42, null));
    }

    @Test
    void shapeB_primaryIdJoinsBothKeyFormsWithTheSeparator() {
        ShapeBPost post = new ShapeBPost();
        post.userId = Ref.to(ShapeAUser.class, ALICE);
        post.postId = POST;
        assertEquals(ALICE + "##__SK__##" + POST, KeyCodec.primaryId(POSTS, post));
        assertEquals(ALICE + "##__SK__##" + POST, KeyCodec.primaryId(POSTS, ALICE, POST));
        assertEquals(new ItemKey("p#" + ALICE, POST), KeyCodec.itemKey(POSTS, null, ALICE + "##__SK__##" + POST));
        assertEquals(ALICE + "##__SK__##" + POST, KeyCodec.primaryIdOf(POSTS, new ItemKey("p#" + ALICE, POST)));
    }

    @Test
    void shapeB_underATenant_prefixesThePartitionButNotTheSortKey() {
        assertEquals(new ItemKey("[acme]#p#" + ALICE, POST), KeyCodec.itemKey(POSTS, "acme", ALICE + "##__SK__##" + POST));
        assertEquals(ALICE + "##__SK__##" + POST, KeyCodec.primaryIdOf(POSTS, new ItemKey("[acme]#p#" + ALICE, POST)));
    }

    @Test
    void shapeB_withAnIntegerSortKey_padsTheSortKey() {
        assertEquals("dev-1##__SK__##00000000000000000007", KeyCodec.primaryId(READING, "dev-1", 7));
        assertEquals("dev-1##__SK__##00000000000000000007", KeyCodec.primaryId(READING, "dev-1", "00000000000000000007"));
        assertEquals(new ItemKey("r#dev-1", "00000000000000000007"),
                KeyCodec.itemKey(READING, null, "dev-1##__SK__##00000000000000000007"));
    }

    @Test
    void shapeB_rejectsIdsWithoutOrWithSeveralSeparators_orEmptyParts() {
        String missing = assertThrows(ValidationException.class, () -> KeyCodec.itemKey(POSTS, null, ALICE)).getMessage();
        assertTrue(missing.contains("Post") && missing.contains("composite"), missing);
        assertThrows(ValidationException.class, () -> KeyCodec.itemKey(POSTS, null, "a##__SK__##b##__SK__##c"));
        assertThrows(ValidationException.class, () -> KeyCodec.itemKey(POSTS, null, "##__SK__##b"));
        assertThrows(ValidationException.class, () -> KeyCodec.itemKey(POSTS, null, "a##__SK__##"));
    }

    @Test
    void shapeC_keyIsTheBarePrefixAndTheSortKey_neverTenantPrefixed() {
        ShapeCSetting setting = new ShapeCSetting();
        setting.key = "theme";
        assertEquals("theme", KeyCodec.primaryId(SETTING, setting));
        assertEquals(new ItemKey("st", "theme"), KeyCodec.itemKey(SETTING, null, "theme"));
        assertEquals(new ItemKey("st", "theme"), KeyCodec.itemKey(SETTING, "acme", "theme"));
        assertEquals("theme", KeyCodec.primaryIdOf(SETTING, new ItemKey("st", "theme")));
        assertEquals("theme", KeyCodec.primaryId(SETTING, "theme", null));
        assertFalse(KeyCodec.tenantScoped(SETTING));
        assertTrue(KeyCodec.tenantScoped(USER));
        assertTrue(KeyCodec.tenantScoped(POSTS));
    }

    @Test
    void singleKeyShapes_rejectCompositeIds() {
        assertThrows(ValidationException.class, () -> KeyCodec.itemKey(USER, null, "a##__SK__##b"));
        assertThrows(ValidationException.class, () -> KeyCodec.itemKey(SETTING, null, "a##__SK__##b"));
        assertThrows(ValidationException.class, () -> KeyCodec.primaryId(USER, ALICE, "extra"));
    }

    // ---- rejected key values (LAYOUT.md §16.6) -----------------------------------------------------

    @Test
    void keyValueContainingTheSeparator_isRejectedNamingModelAndField() {
        ValidationException failure = assertThrows(ValidationException.class,
                () -> KeyCodec.primaryId(USER, user("evil##__SK__##injection")));
        assertTrue(failure.getMessage().contains("User.userId"), failure.getMessage());
        assertTrue(failure.getMessage().contains("##__SK__##"), failure.getMessage());
        assertThrows(ValidationException.class, () -> KeyCodec.primaryId(POSTS, ALICE, "x##__SK__##y"));
    }

    @Test
    void emptyOrNullKeyValues_areRejectedNamingModelAndField() {
        String empty = assertThrows(ValidationException.class, () -> KeyCodec.primaryId(USER, user(""))).getMessage();
        assertTrue(empty.contains("User.userId") && empty.contains("empty"), empty);
        String nothing = assertThrows(ValidationException.class, () -> KeyCodec.primaryId(USER, user(null))).getMessage();
        assertTrue(nothing.contains("User.userId") && nothing.contains("null"), nothing);
        assertThrows(ValidationException.class, () -> KeyCodec.itemKey(USER, null, ""));
        assertThrows(ValidationException.class, () -> KeyCodec.itemKey(USER, null, null));
    }

    @Test
    void keyValueWithoutAKeyForm_isAValidationErrorNamingModelAndField() {
        EntityModel measure = MODELS.model(Measure.class);
        assertEquals("4.50000000000000000000e+0", KeyCodec.primaryId(measure, 4.5, null));
        ValidationException failure = assertThrows(ValidationException.class, () -> KeyCodec.primaryId(measure, Double.NaN, null));
        assertTrue(failure.getMessage().contains("Measure.value") && failure.getMessage().contains("NaN"), failure.getMessage());
    }

    @Test
    void partition_isTenantPrefixModelPrefixAndKeyForm_asInTheItemKey() {
        assertEquals("u#" + ALICE, KeyCodec.partition(USER, null, ALICE));
        assertEquals("[acme]#p#" + ALICE, KeyCodec.partition(POSTS, "acme", ALICE));
        assertEquals(KeyCodec.itemKey(POSTS, "acme", ALICE + KeyCodec.SEPARATOR + POST).pk(), KeyCodec.partition(POSTS, "acme", ALICE));
    }

    // ---- GSI keys --------------------------------------------------------------------------------

    @Test
    void indexPartition_isPrefixGsiAndKeyForm_withTheTenantInFront() {
        IndexModel byStatus = USER.index("byStatus").orElseThrow();
        assertEquals("u#gsi1#active", KeyCodec.indexPartition(USER, null, byStatus, "active"));
        assertEquals("[acme]#u#gsi1#active", KeyCodec.indexPartition(USER, "acme", byStatus, "active"));
        assertEquals("00000001704164645678",
                KeyCodec.indexKeyForm(USER, byStatus.sort(), Instant.ofEpochMilli(1704164645678L)));
    }

    @Test
    void indexKeyForm_ofTheModelPrefixPseudoField_isThePrefix() {
        IndexModel recent = POSTS.index("recentPosts").orElseThrow();
        assertEquals("p#gsi2#p", KeyCodec.indexPartition(POSTS, null, recent, KeyCodec.indexKeyForm(POSTS, recent.partition(), null)));
        assertEquals("_gsi2_pk", LayoutAttributes.indexPartition(recent.indexName()));
        assertEquals("_gsi2_sk", LayoutAttributes.indexSort(recent.indexName()));
    }

    // ---- iteration ---------------------------------------------------------------------------------

    @Test
    void bucketOf_isStringHashCodeAbsModBuckets_withTheLayoutExamples() {
        assertEquals(2, KeyCodec.bucketOf(ALICE, 10));
        assertEquals(32, KeyCodec.bucketOf(ALICE, 100));
        assertEquals(5, KeyCodec.bucketOf("01HK421R2RK33QCBXGYD68060E", 10));
        assertEquals(0, KeyCodec.bucketOf(ALICE, 1));
    }

    @Test
    void bucketOf_takesTheAbsoluteValueIn64Bits_forIntegerMinValue() {
        assertEquals(Integer.MIN_VALUE, "polygenelubricants".hashCode());
        assertEquals(8, KeyCodec.bucketOf("polygenelubricants", 10));
        assertEquals(48, KeyCodec.bucketOf("polygenelubricants", 100));
        assertEquals(648, KeyCodec.bucketOf("polygenelubricants", 1000));
        assertEquals(2, KeyCodec.bucketOf("polygenelubricants", 7));
    }

    @Test
    void iterationPartition_padsTheBucketToThreeDigits_orOmitsItForOneBucket() {
        assertEquals("u#iter#002", KeyCodec.iterationPartition(USER, null, ALICE));
        assertEquals("[acme]#u#iter#005", KeyCodec.iterationPartition(USER, "acme", "01HK421R2RK33QCBXGYD68060E"));
        assertEquals("sc#iter#032", KeyCodec.iterationPartition(SCORE, null, ALICE));
        assertEquals("sc#iter#048", KeyCodec.iterationPartition(SCORE, null, "polygenelubricants"));
        assertEquals("p#iter", KeyCodec.iterationPartition(POSTS, null, ALICE + "##__SK__##" + POST));
        assertEquals("[acme]#p#iter", KeyCodec.iterationPartition(POSTS, "acme", 0));
        assertEquals("r#iter#004", KeyCodec.iterationPartition(READING, null, "dev-1##__SK__##00000000000000000012"));
    }

    // ---- unique constraints and tenants ---------------------------------------------------------------

    @Test
    void constraintKey_matchesTheLayoutExamples() {
        UniqueModel email = USER.uniques().get(0);
        assertEquals("_raft_uc#_uc1#u#email:alice@example.com", KeyCodec.constraintKey(USER, null, email, "alice@example.com"));
        assertEquals("[acme]#_raft_uc#_uc1#u#email:tina@acme.com", KeyCodec.constraintKey(USER, "acme", email, "tina@acme.com"));
        assertEquals("_raft_uc#_uc1#u#email:Alice@Example.com", KeyCodec.constraintKey(USER, null, email, "Alice@Example.com"));
        assertEquals("_raft_uc", KeyCodec.CONSTRAINT_SORT_KEY);
    }

    @Test
    void tenantPrefix_isBracketedWithATrailingHash_orEmpty() {
        assertEquals("", KeyCodec.tenantPrefix(null));
        assertEquals("[acme]#", KeyCodec.tenantPrefix("acme"));
    }

    @Test
    void keyTenant_isTheTenantForTenantScopedShapes_andNullForShapeC() {
        assertEquals("acme", KeyCodec.keyTenant(USER, "acme"));
        assertNull(KeyCodec.keyTenant(SETTING, "acme"));
    }
}
