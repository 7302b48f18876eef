package dev.dynamobao.engine.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoException;
import dev.dynamobao.EnhancementMode;
import dev.dynamobao.ModelDefinitionException;
import dev.dynamobao.Ref;
import dev.dynamobao.annotation.Counter;
import dev.dynamobao.annotation.CreatedDate;
import dev.dynamobao.annotation.Email;
import dev.dynamobao.annotation.Index;
import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.ModifiedDate;
import dev.dynamobao.annotation.NumberRange;
import dev.dynamobao.annotation.SortKey;
import dev.dynamobao.annotation.Ttl;
import dev.dynamobao.annotation.Unique;
import dev.dynamobao.annotation.UniqueId;
import dev.dynamobao.engine.internal.convert.ConverterFactory;
import dev.dynamobao.engine.internal.convert.FieldType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Model validation at factory build ({@code ModelRegistry}): every model-definition error names
 * class, field and fix, and every problem of every model is reported in one exception.
 */
class ModelRegistryTest {

    // ---- valid models ------------------------------------------------------------------------

    @Entity(name = "User")
    @Model(prefix = "u")
    @Index(name = "byStatus", id = IndexId.GSI1, partitionKey = "status", sortKey = "createdAt")
    @Index(name = "byPrimary", id = IndexId.PRIMARY_KEY)
    @Unique(name = "uniqueEmail", field = "email", id = UniqueId.UC1)
    static final class User {
        @Id @GeneratedValue String userId;
        @Email @Column(nullable = false) String email;
        @Column(name = "state") String status;
        @CreatedDate Instant createdAt;
        @ModifiedDate Instant modifiedAt;
        @Version String version;
        @Counter long logins;
        @NumberRange(min = 0, max = 150) Integer age;
        @Transient String scratch;
        transient String alsoScratch;
        static String notAField;
    }

    @Entity
    @Model(prefix = "p", iterable = false)
    static final class Post {
        @Id Ref<User> userId;
        @SortKey String postId;
        @Ttl Instant ttl;
    }

    @Entity
    @Model(prefix = "st")
    static final class Setting {
        @SortKey String key;
    }

    @Entity
    @Model(prefix = "x")
    static final class PrefixX {
        @Id String id;
    }

    @Entity
    @Model(prefix = "x")
    static final class AlsoPrefixX {
        @Id String id;
    }

    private static ModelRegistry build(Class<?>... types) {
        return ModelRegistry.build(List.of(types), new ConverterFactory(Map.of()), EnhancementMode.AUTO, false);
    }

    private static ModelDefinitionException failure(Class<?>... types) {
        return assertThrows(ModelDefinitionException.class, () -> build(types));
    }

    private static ModelDefinitionException failureWithTenancy(Class<?>... types) {
        return assertThrows(ModelDefinitionException.class,
                () -> ModelRegistry.build(List.of(types), new ConverterFactory(Map.of()), EnhancementMode.AUTO, true));
    }

    /** Asserts that one problem mentions every fragment, and returns it. */
    private static String problemMentioning(ModelDefinitionException failure, String... fragments) {
        return failure.problems().stream()
                .filter(problem -> List.of(fragments).stream().allMatch(problem::contains))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no problem mentions " + List.of(fragments) + " in " + failure.problems()));
    }

    @Test
    void validModel_isParsedIntoFieldsKeysIndexesAndConstraints() {
        EntityModel user = build(User.class, Post.class).model(User.class);
        assertEquals("User", user.name());
        assertEquals("u", user.prefix());
        assertEquals(KeyShape.PARTITION_ONLY, user.shape());
        assertEquals(List.of("userId", "email", "status", "createdAt", "modifiedAt", "version", "logins", "age"),
                user.fieldNames());
        assertEquals("state", user.field("status").orElseThrow().attributeName());
        assertTrue(user.field("email").orElseThrow().required());
        assertFalse(user.field("status").orElseThrow().required());
        assertTrue(user.field("userId").orElseThrow().autoAssign());
        assertEquals(FieldType.ULID, user.field("userId").orElseThrow().type());
        assertEquals(FieldType.COUNTER, user.field("logins").orElseThrow().type());
        assertEquals(150, user.field("age").orElseThrow().range().max());
        assertSame(user.field("version").orElseThrow(), user.version());
        assertTrue(user.iterable());
        assertEquals(10, user.iterationBuckets());
        assertEquals(2, user.indexes().size());
        assertTrue(user.index("byPrimary").orElseThrow().isPrimaryKeyAlias());
        IndexModel byStatus = user.index("byStatus").orElseThrow();
        assertEquals("gsi1", byStatus.indexName());
        assertSame(user.field("status").orElseThrow(), byStatus.partition());
        assertEquals("_uc1", user.uniques().get(0).id().constraintId());
        assertFalse(user.enhanced());
    }

    @Test
    void validModel_withRefKeyAndTtl_isComposite_andNotIterableWhenSaidSo() {
        EntityModel post = build(User.class, Post.class).model(Post.class);
        assertEquals(KeyShape.COMPOSITE, post.shape());
        assertEquals(User.class, post.partitionKey().referenceTarget());
        assertEquals(FieldType.TTL, post.field("ttl").orElseThrow().type());
        assertFalse(post.iterable());
    }

    @Test
    void modelWithOnlyASortKey_hasThePrefixAsPartition() {
        EntityModel setting = build(Setting.class).model(Setting.class);
        assertEquals(KeyShape.PREFIX_PARTITION, setting.shape());
        assertNull(setting.partitionKey());
    }

    @Test
    void model_ofAnUnregisteredClass_isAnErrorNamingTheClassAndTheFix() {
        BaoException unknown = assertThrows(BaoException.class, () -> build(Setting.class).model(PrefixX.class));
        assertTrue(unknown.getMessage().contains("PrefixX") && unknown.getMessage().contains("entities("), unknown.getMessage());
    }

    @Test
    void registeringTheSameClassTwice_isHarmless() {
        assertEquals(1, ModelRegistry.build(List.of(Setting.class, Setting.class), new ConverterFactory(Map.of()),
                EnhancementMode.AUTO, false).models().size());
    }

    // ---- each definition error -------------------------------------------------------------------

    @Test
    void duplicatePrefixes_areRejected_namingBothClasses() {
        problemMentioning(failure(PrefixX.class, AlsoPrefixX.class), "AlsoPrefixX", "'x'", "PrefixX", "unique");
    }

    @Entity
    @Model(prefix = "ui")
    @Index(name = "byNothing", id = IndexId.GSI1, partitionKey = "nope", sortKey = "alsoNope")
    static final class UnknownIndexField {
        @Id String id;
        String status;
    }

    @Test
    void indexOnAnUnknownField_isRejected_listingTheFieldsThatExist() {
        ModelDefinitionException failure = failure(UnknownIndexField.class);
        problemMentioning(failure, "UnknownIndexField", "byNothing", "'nope'", "[id, status]", "MODEL_PREFIX");
        problemMentioning(failure, "UnknownIndexField", "'alsoNope'");
    }

    @Entity
    @Model(prefix = "us")
    @Index(name = "one", id = IndexId.GSI1, partitionKey = "a")
    @Index(name = "two", id = IndexId.GSI1, partitionKey = "a")
    @Index(name = "bin", id = IndexId.GSI2, partitionKey = "payload")
    static final class BadIndexes {
        @Id String id;
        String a;
        byte[] payload;
    }

    @Test
    void indexSlotUsedTwice_orANonKeyType_isRejected() {
        ModelDefinitionException failure = failure(BadIndexes.class);
        problemMentioning(failure, "BadIndexes", "GSI1", "twice");
        problemMentioning(failure, "BadIndexes", "'payload'", "BINARY", "cannot be part of a key");
    }

    @Entity
    @Model(prefix = "uc")
    @Unique(name = "uniqueGhost", field = "ghost", id = UniqueId.UC1)
    @Unique(name = "uniqueAge", field = "age", id = UniqueId.UC2)
    static final class BadUniques {
        @Id String id;
        Integer age;
    }

    @Test
    void uniqueConstraintOnAMissingField_isRejected() {
        problemMentioning(failure(BadUniques.class), "BadUniques", "uniqueGhost", "'ghost'", "does not exist", "[id, age]");
    }

    @Test
    void uniqueConstraintOnANonTextField_isRejected() {
        problemMentioning(failure(BadUniques.class), "BadUniques", "uniqueAge", "'age'", "text-valued");
    }

    @Entity
    @Model(prefix = "rf")
    static final class RefToUnregistered {
        @Id String id;
        Ref<PrefixX> owner;
    }

    @Test
    void refToAnUnregisteredEntity_isRejected_sayingWhichClassToRegister() {
        problemMentioning(failure(RefToUnregistered.class), "RefToUnregistered.owner", "Ref<PrefixX>", "PrefixX.class", "entities(");
    }

    @Entity
    @Model(prefix = "ut")
    static final class UnsupportedType {
        @Id String id;
        List<String> tags;
        Map<String, String> attributes;
    }

    @Test
    void unsupportedFieldType_isRejected_forEveryField_sayingWhatToUse() {
        ModelDefinitionException failure = failure(UnsupportedType.class);
        problemMentioning(failure, "UnsupportedType.tags", "not supported", "AttributeConverter");
        problemMentioning(failure, "UnsupportedType.attributes", "not supported");
    }

    @Entity
    @Model(prefix = "nc")
    static final class NoNoArgConstructor {
        @Id String id;

        NoNoArgConstructor(String id) {
            this.id = id;
        }
    }

    @Test
    void missingNoArgConstructor_isRejected_sayingToAddOne() {
        problemMentioning(failure(NoNoArgConstructor.class), "NoNoArgConstructor", "no-arg constructor", "add one");
    }

    @Entity @Model(prefix = "a#b") static final class HashPrefix { @Id String id; }
    @Entity @Model(prefix = "[t]") static final class BracketPrefix { @Id String id; }
    @Entity @Model(prefix = "a:b") static final class ColonPrefix { @Id String id; }
    @Entity @Model(prefix = "_raft_uc") static final class UnderscorePrefix { @Id String id; }
    @Entity @Model(prefix = "") static final class EmptyPrefix { @Id String id; }

    @Test
    void invalidPrefixCharacters_areRejected() {
        ModelDefinitionException failure = failure(HashPrefix.class, BracketPrefix.class, ColonPrefix.class,
                UnderscorePrefix.class, EmptyPrefix.class);
        problemMentioning(failure, "HashPrefix", "'a#b'", "invalid");
        problemMentioning(failure, "BracketPrefix", "'[t]'", "invalid");
        problemMentioning(failure, "ColonPrefix", "'a:b'", "invalid");
        problemMentioning(failure, "UnderscorePrefix", "'_raft_uc'", "invalid");
        problemMentioning(failure, "EmptyPrefix", "''", "invalid");
    }

    @Entity
    @Model(prefix = "un")
    static final class UnderscoreNames {
        @Id String id;
        String _secret;
        @Column(name = "_gsi1_pk") String sneaky;
        String modelPrefix;
    }

    @Test
    void fieldNamesStartingWithUnderscore_orModelPrefix_areReserved() {
        ModelDefinitionException failure = failure(UnderscoreNames.class);
        problemMentioning(failure, "UnderscoreNames._secret", "'_secret'", "reserved", "rename");
        problemMentioning(failure, "UnderscoreNames.sneaky", "'_gsi1_pk'", "reserved");
        problemMentioning(failure, "UnderscoreNames.modelPrefix", "reserved");
    }

    @Entity
    @Model(prefix = "tt")
    static final class TtlNotNamedTtl {
        @Id String id;
        @Ttl Instant expiresAt;
    }

    @Entity
    @Model(prefix = "tc")
    static final class TtlWithColumnName {
        @Id String id;
        @Ttl @Column(name = "ttl") Instant expiresAt;
    }

    @Test
    void ttlFieldNotStoredAsTtl_isRejected_butAColumnNameFixesIt() {
        problemMentioning(failure(TtlNotNamedTtl.class), "TtlNotNamedTtl.expiresAt", "'ttl'", "@Column(name = \"ttl\")");
        assertEquals("ttl", build(TtlWithColumnName.class).model(TtlWithColumnName.class).field("expiresAt").orElseThrow().attributeName());
    }

    @Test
    void shapeCModel_withTenancyEnabled_isRejected() {
        problemMentioning(failureWithTenancy(Setting.class), "Setting", "model prefix", "tenant", "@Id");
        ModelRegistry.build(List.of(User.class, Post.class), new ConverterFactory(Map.of()), EnhancementMode.AUTO, true);
    }

    @Entity
    @Model(prefix = "ck")
    static final class ComposedRefKey {
        @Id Ref<Post> post;
        @SortKey String part;
    }

    @Test
    void refToACompositeKeyModel_insideAPrimaryKey_isRejected() {
        problemMentioning(failure(User.class, Post.class, ComposedRefKey.class), "ComposedRefKey.post", "composite-key", "##__SK__##");
    }

    @Model(prefix = "ne") static final class NotAnEntity { @Id String id; }
    @Entity static final class NoModelAnnotation { @Id String id; }
    @Entity @Model(prefix = "nk") static final class NoKey { String id; }
    @Entity @Model(prefix = "ti") static final class TwoIds { @Id String a; @Id String b; }
    @Entity @Model(prefix = "bk") static final class BinaryKey { @Id byte[] id; }
    @Entity @Model(prefix = "gv") static final class GeneratedInteger { @Id @GeneratedValue Integer id; }
    @Entity @Model(prefix = "nr") static final class RangeOnText { @Id String id; @NumberRange(max = 3) String level; }
    @Entity @Model(prefix = "ib", iterationBuckets = 0) static final class ZeroBuckets { @Id String id; }
    @Entity @Model(prefix = "rc") record RecordEntity(@Id String id) { }

    @Entity
    @Model(prefix = "in")
    final class InnerEntity {
        @Id String id;
    }

    @Test
    void otherDefinitionErrors_nameTheClassFieldAndFix() {
        ModelDefinitionException failure = failure(NotAnEntity.class, NoModelAnnotation.class, NoKey.class, TwoIds.class,
                BinaryKey.class, GeneratedInteger.class, RangeOnText.class, ZeroBuckets.class, RecordEntity.class,
                InnerEntity.class);
        problemMentioning(failure, "NotAnEntity", "@Entity", "add");
        problemMentioning(failure, "NoModelAnnotation", "@Model(prefix");
        problemMentioning(failure, "NoKey", "no key", "@Id");
        problemMentioning(failure, "TwoIds.b", "second @Id", "@SortKey");
        problemMentioning(failure, "BinaryKey.id", "BINARY", "primary key");
        problemMentioning(failure, "GeneratedInteger.id", "@GeneratedValue", "String");
        problemMentioning(failure, "RangeOnText.level", "@NumberRange", "numeric");
        problemMentioning(failure, "ZeroBuckets", "iterationBuckets = 0", "1 to 1000");
        problemMentioning(failure, "RecordEntity", "records");
        problemMentioning(failure, "InnerEntity", "inner class", "static");
    }

    @Test
    void requiredEnhancement_rejectsAPlainClass_sayingHowToEnhance() {
        ModelDefinitionException failure = assertThrows(ModelDefinitionException.class, () -> ModelRegistry.build(
                List.of(Setting.class), new ConverterFactory(Map.of()), EnhancementMode.REQUIRED, false));
        problemMentioning(failure, "Setting", "not enhanced", "bao-enhancer");
    }

    @Test
    void noEntities_isRejected_sayingHowToRegisterThem() {
        problemMentioning(failure(), "no entity classes", "entities(");
    }

    @Entity(name = "Dup") @Model(prefix = "d1") static final class DupNameOne { @Id String id; }
    @Entity(name = "Dup") @Model(prefix = "d2") static final class DupNameTwo { @Id String id; }

    @Test
    void duplicateModelNames_areRejected() {
        problemMentioning(failure(DupNameOne.class, DupNameTwo.class), "DupNameTwo", "'Dup'", "@Entity(name");
    }

    // ---- everything at once --------------------------------------------------------------------

    @Entity
    @Model(prefix = "x")
    @Index(name = "byGhost", id = IndexId.GSI1, partitionKey = "ghost")
    @Unique(name = "uniqueCount", field = "count", id = UniqueId.UC1)
    static final class ManyProblems {
        @Id String id;
        int count;
        Set<Integer> numbers;
        String _hidden;
        @Ttl Instant expires;
        Ref<PrefixX> owner;

        ManyProblems(String id) {
            this.id = id;
        }
    }

    @Test
    void everyProblemOfEveryModel_isReportedTogether_inOneException() {
        ModelDefinitionException failure = failure(ManyProblems.class, AlsoPrefixX.class, UnknownIndexField.class);
        problemMentioning(failure, "ManyProblems", "no-arg constructor");
        problemMentioning(failure, "ManyProblems.numbers", "Set<String>");
        problemMentioning(failure, "ManyProblems._hidden", "reserved");
        problemMentioning(failure, "ManyProblems.expires", "'ttl'");
        problemMentioning(failure, "ManyProblems.owner", "Ref<PrefixX>", "unregistered");
        problemMentioning(failure, "ManyProblems", "byGhost", "'ghost'");
        problemMentioning(failure, "ManyProblems", "uniqueCount", "text-valued");
        problemMentioning(failure, "'x'", "already used", "ManyProblems");
        problemMentioning(failure, "UnknownIndexField", "'nope'");
        assertTrue(failure.problems().size() >= 9, failure.problems()::toString);
        String message = failure.getMessage();
        assertTrue(message.startsWith("Invalid entity models (" + failure.problems().size() + " problems):"), message);
        failure.problems().forEach(problem -> assertTrue(message.contains("  - " + problem), problem));
    }
}
