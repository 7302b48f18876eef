package dev.dynamobao.tck.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.Ref;
import dev.dynamobao.tck.support.RawItems;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every field type is stored with the DynamoDB type and value of {@code LAYOUT.md} §5 and read back
 * unchanged; nulls and empty sets are never stored.
 */
@BaoTest(entities = {Everything.class, Owner.class})
class FieldTypeRoundTripTck {

    private static final Instant HAPPENED = Instant.ofEpochMilli(1704164645678L);

    private static Map<String, AttributeValue> raw(DynamoDbClient client, String table, String id) {
        return new RawItems(client, table).get("ev#" + id, "ev");
    }

    private static Everything full() {
        Everything entity = new Everything();
        entity.setText("hello # world: [x]");
        entity.setEmail("ann@example.com");
        entity.setUlid("01HK421PSE1Z4KGPSHDWV0D589");
        entity.setDisplayName("Ann");
        entity.setBoxedInt(-42);
        entity.setPrimitiveInt(7);
        entity.setBoxedLong(9_007_199_254_740_991L);
        entity.setPrimitiveLong(-1L);
        entity.setPrimitiveShort((short) 12);
        entity.setBigInteger(new BigInteger("123456789012345678901234567890"));
        entity.setBoxedDouble(4.5);
        entity.setPrimitiveDouble(0.1);
        entity.setBoxedFloat(2.5f);
        entity.setPrimitiveFloat(0.1f);
        entity.setDecimal(new BigDecimal("12345678901234567890.123456789"));
        entity.setBoxedBool(true);
        entity.setPrimitiveBool(true);
        entity.setBytes(new byte[] {1, 2, 3, (byte) 0xFF});
        entity.setHappenedAt(HAPPENED);
        entity.setHits(3L);
        entity.setTtl(Instant.ofEpochSecond(1735689600L));
        entity.setLabels(new LinkedHashSet<>(List.of("bao", "dynamo", "java")));
        entity.setOwner(Ref.to(Owner.class, "01HK421Q3GASASGXY85SM7Z0B7"));
        entity.setColor(Color.GREEN);
        entity.setPrice(new Money(1999));
        return entity;
    }

    @Test
    void everyFieldType_isStoredWithTheLayoutsTypeAndValue(BaoEntityManager em, DynamoDbClient client, @TableName String table) {
        Everything entity = full();
        em.persist(entity);
        Map<String, AttributeValue> item = raw(client, table, entity.getId());
        assertEquals(AttributeValue.fromS("hello # world: [x]"), item.get("text"));
        assertEquals(AttributeValue.fromS("ann@example.com"), item.get("email"));
        assertEquals(AttributeValue.fromS("01HK421PSE1Z4KGPSHDWV0D589"), item.get("ulid"));
        assertEquals(AttributeValue.fromS("Ann"), item.get("display_name"), "@Column(name) is the attribute name");
        assertFalse(item.containsKey("displayName"));
        assertEquals(AttributeValue.fromN("-42"), item.get("boxedInt"));
        assertEquals(AttributeValue.fromN("7"), item.get("primitiveInt"));
        assertEquals(AttributeValue.fromN("9007199254740991"), item.get("boxedLong"));
        assertEquals(AttributeValue.fromN("-1"), item.get("primitiveLong"));
        assertEquals(AttributeValue.fromN("12"), item.get("primitiveShort"));
        assertEquals(AttributeValue.fromN("123456789012345678901234567890"), item.get("bigInteger"));
        assertEquals(AttributeValue.fromN("4.5"), item.get("boxedDouble"));
        assertEquals(AttributeValue.fromN("0.1"), item.get("primitiveDouble"));
        assertEquals(AttributeValue.fromN("2.5"), item.get("boxedFloat"));
        assertEquals(AttributeValue.fromN("0.1"), item.get("primitiveFloat"));
        assertEquals(AttributeValue.fromN("12345678901234567890.123456789"), item.get("decimal"));
        assertEquals(AttributeValue.fromBool(true), item.get("boxedBool"));
        assertEquals(AttributeValue.fromBool(true), item.get("primitiveBool"));
        assertEquals(AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2, 3, (byte) 0xFF})), item.get("bytes"));
        assertEquals(AttributeValue.fromN("1704164645678"), item.get("happenedAt"));
        assertEquals(AttributeValue.fromN(Long.toString(entity.getCreatedAt().toEpochMilli())), item.get("createdAt"));
        assertEquals(AttributeValue.fromN(Long.toString(entity.getModifiedAt().toEpochMilli())), item.get("modifiedAt"));
        assertEquals(AttributeValue.fromS(entity.getVersion()), item.get("version"));
        assertEquals(26, entity.getVersion().length());
        assertEquals(AttributeValue.fromN("3"), item.get("hits"));
        assertEquals(AttributeValue.fromN("1735689600"), item.get("ttl"));
        assertEquals(Set.of("bao", "dynamo", "java"), Set.copyOf(item.get("labels").ss()));
        assertEquals(AttributeValue.fromS("01HK421Q3GASASGXY85SM7Z0B7"), item.get("owner"));
        assertEquals(AttributeValue.fromS("GREEN"), item.get("color"));
        assertEquals(AttributeValue.fromN("1999"), item.get("price"));
        assertEquals(AttributeValue.fromS(entity.getId()), item.get("id"));
        assertEquals(31, item.size(), () -> "unexpected attributes: " + new TreeSet<>(item.keySet()));
    }

    @Test
    void everyFieldType_isReadBackUnchanged(BaoEntityManagerFactory bao) {
        Everything written = full();
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(written);
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            Everything read = em.find(Everything.class, written.getId()).orElseThrow();
            assertEquals("hello # world: [x]", read.getText());
            assertEquals("ann@example.com", read.getEmail());
            assertEquals("01HK421PSE1Z4KGPSHDWV0D589", read.getUlid());
            assertEquals("Ann", read.getDisplayName());
            assertEquals(-42, read.getBoxedInt());
            assertEquals(7, read.getPrimitiveInt());
            assertEquals(9_007_199_254_740_991L, read.getBoxedLong());
            assertEquals(-1L, read.getPrimitiveLong());
            assertEquals((short) 12, read.getPrimitiveShort());
            assertEquals(new BigInteger("123456789012345678901234567890"), read.getBigInteger());
            assertEquals(4.5, read.getBoxedDouble());
            assertEquals(0.1, read.getPrimitiveDouble());
            assertEquals(2.5f, read.getBoxedFloat());
            assertEquals(0.1f, read.getPrimitiveFloat());
            assertEquals(new BigDecimal("12345678901234567890.123456789"), read.getDecimal());
            assertEquals(true, read.getBoxedBool());
            assertTrue(read.isPrimitiveBool());
            assertArrayEquals(new byte[] {1, 2, 3, (byte) 0xFF}, read.getBytes());
            assertEquals(HAPPENED, read.getHappenedAt());
            assertEquals(written.getCreatedAt().toEpochMilli(), read.getCreatedAt().toEpochMilli());
            assertEquals(written.getModifiedAt().toEpochMilli(), read.getModifiedAt().toEpochMilli());
            assertEquals(written.getVersion(), read.getVersion());
            assertEquals(3L, read.getHits());
            assertEquals(Instant.ofEpochSecond(1735689600L), read.getTtl());
            assertEquals(Set.of("bao", "dynamo", "java"), read.getLabels());
            assertEquals("01HK421Q3GASASGXY85SM7Z0B7", read.getOwner().id());
            assertEquals(Owner.class, read.getOwner().type());
            assertEquals(Color.GREEN, read.getColor());
            assertEquals(new Money(1999), read.getPrice());
        }
    }

    @Test
    void nullFields_areAbsentFromTheItem_andReadBackAsNullZeroOrEmpty(BaoEntityManagerFactory bao, DynamoDbClient client,
                                                                     @TableName String table) {
        Everything sparse = new Everything();
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(sparse);
        }
        Map<String, AttributeValue> item = raw(client, table, sparse.getId());
        assertEquals(new TreeSet<>(Set.of("_pk", "_sk", "id", "primitiveInt", "primitiveLong", "primitiveShort",
                "primitiveDouble", "primitiveFloat", "primitiveBool", "createdAt", "modifiedAt", "version", "hits")),
                new TreeSet<>(item.keySet()), "only primitives and generated values are stored");
        assertEquals(AttributeValue.fromN("0"), item.get("hits"), "counters start at 0");
        item.values().forEach(value -> assertNull(value.nul(), "no NULL attributes"));
        try (BaoEntityManager em = bao.createEntityManager()) {
            Everything read = em.find(Everything.class, sparse.getId()).orElseThrow();
            assertNull(read.getText());
            assertNull(read.getBoxedInt());
            assertNull(read.getDecimal());
            assertNull(read.getBoxedBool());
            assertNull(read.getBytes());
            assertNull(read.getHappenedAt());
            assertNull(read.getTtl());
            assertNull(read.getOwner());
            assertNull(read.getColor());
            assertNull(read.getPrice());
            assertEquals(0, read.getPrimitiveInt());
            assertFalse(read.isPrimitiveBool());
            assertEquals(0L, read.getHits());
            assertEquals(Set.of(), read.getLabels(), "an absent string set reads as an empty set");
        }
    }

    @Test
    void emptyStringSet_isNotStored_andReadsBackEmpty(BaoEntityManagerFactory bao, DynamoDbClient client, @TableName String table) {
        Everything entity = new Everything();
        entity.setLabels(new LinkedHashSet<>());
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(entity);
        }
        assertFalse(raw(client, table, entity.getId()).containsKey("labels"));
        try (BaoEntityManager em = bao.createEntityManager()) {
            Set<String> labels = em.find(Everything.class, entity.getId()).orElseThrow().getLabels();
            assertNotNull(labels);
            assertTrue(labels.isEmpty());
        }
    }

    @Test
    void settingAFieldToNull_removesTheAttribute(BaoEntityManagerFactory bao, DynamoDbClient client, @TableName String table) {
        Everything entity = full();
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(entity);
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            Everything loaded = em.find(Everything.class, entity.getId()).orElseThrow();
            loaded.setText(null);
            loaded.setDecimal(null);
            loaded.setLabels(Set.of());
            loaded.setPrice(null);
            em.flush();
        }
        Map<String, AttributeValue> item = raw(client, table, entity.getId());
        assertFalse(item.containsKey("text"));
        assertFalse(item.containsKey("decimal"));
        assertFalse(item.containsKey("labels"));
        assertFalse(item.containsKey("price"));
        assertEquals(AttributeValue.fromS("ann@example.com"), item.get("email"), "other attributes stay");
    }

    @Test
    void bigDecimal_keepsScaleAndPrecisionBeyondDouble(BaoEntityManagerFactory bao) {
        Everything entity = new Everything();
        entity.setDecimal(new BigDecimal("0.10000000000000000000000000000000000001"));
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(entity);
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            assertEquals(0, new BigDecimal("0.10000000000000000000000000000000000001")
                    .compareTo(em.find(Everything.class, entity.getId()).orElseThrow().getDecimal()));
        }
    }

    @Test
    void referenceField_storesThePrimaryIdAndLoadsTheTarget(BaoEntityManagerFactory bao) {
        Owner owner = new Owner();
        owner.setName("Olga");
        Everything entity = new Everything();
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(owner);
            entity.setOwner(Ref.of(owner));
            em.persist(entity);
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            Ref<Owner> ref = em.find(Everything.class, entity.getId()).orElseThrow().getOwner();
            assertEquals(owner.getOwnerId(), ref.id());
            assertEquals("Olga", ref.get().getName());
        }
    }
}
