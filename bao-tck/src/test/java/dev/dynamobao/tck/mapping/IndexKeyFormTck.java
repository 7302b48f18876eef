package dev.dynamobao.tck.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.tck.support.RawItems;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** GSI attributes use the key forms of {@code LAYOUT.md} §5/§6 for every key-capable type. */
@BaoTest(entities = Indexed.class)
class IndexKeyFormTck {

    private static Map<String, AttributeValue> raw(DynamoDbClient client, String table, Indexed entity) {
        return new RawItems(client, table).get("ix#" + entity.getId(), "ix");
    }

    @Test
    void booleanPartition_andFloatSort_useOneZeroAndTheJavaScriptExponentialForm(BaoEntityManager em, DynamoDbClient client,
                                                                               @TableName String table) {
        Indexed entity = new Indexed();
        entity.setPublished(false);
        entity.setRating(4.5);
        em.persist(entity);
        Map<String, AttributeValue> item = raw(client, table, entity);
        assertEquals("ix#gsi3#0", item.get("_gsi3_pk").s());
        assertEquals("4.50000000000000000000e+0", item.get("_gsi3_sk").s());
        assertEquals(AttributeValue.fromBool(false), item.get("published"));
        assertEquals(AttributeValue.fromN("4.5"), item.get("rating"));
    }

    @Test
    void trueAndSmallFloats_keyAsOneAndExactBinaryDigits(BaoEntityManager em, DynamoDbClient client, @TableName String table) {
        Indexed entity = new Indexed();
        entity.setPublished(true);
        entity.setRating(0.1);
        em.persist(entity);
        Map<String, AttributeValue> item = raw(client, table, entity);
        assertEquals("ix#gsi3#1", item.get("_gsi3_pk").s());
        assertEquals("1.00000000000000005551e-1", item.get("_gsi3_sk").s());
    }

    @Test
    void instantSortKey_isPaddedEpochMillis_underTheModelPrefixPartition(BaoEntityManager em, DynamoDbClient client,
                                                                         @TableName String table) {
        Indexed entity = new Indexed();
        entity.setHappenedAt(Instant.ofEpochMilli(1704164645678L));
        em.persist(entity);
        Map<String, AttributeValue> item = raw(client, table, entity);
        assertEquals("ix#gsi1#ix", item.get("_gsi1_pk").s());
        assertEquals("00000001704164645678", item.get("_gsi1_sk").s());
    }

    @Test
    void instantAtTheEpoch_keysAsZero(BaoEntityManager em, DynamoDbClient client, @TableName String table) {
        Indexed entity = new Indexed();
        entity.setHappenedAt(Instant.EPOCH);
        em.persist(entity);
        assertEquals("0", raw(client, table, entity).get("_gsi1_sk").s());
    }

    @Test
    void enumPartition_andConvertedSort_useTheNameAndTheStoredTypesKeyForm(BaoEntityManager em, DynamoDbClient client,
                                                                          @TableName String table) {
        Indexed entity = new Indexed();
        entity.setColor(Color.BLUE);
        entity.setAmount(new Money(1250));
        em.persist(entity);
        Map<String, AttributeValue> item = raw(client, table, entity);
        assertEquals("ix#gsi2#BLUE", item.get("_gsi2_pk").s());
        assertEquals("00000000000000001250", item.get("_gsi2_sk").s());
    }

    @Test
    void primitiveBooleanAndInt_alwaysHaveAValue_soTheirIndexIsAlwaysWritten(BaoEntityManager em, DynamoDbClient client,
                                                                            @TableName String table) {
        Indexed entity = new Indexed();
        em.persist(entity);
        Map<String, AttributeValue> item = raw(client, table, entity);
        assertEquals("ix#gsi4#0", item.get("_gsi4_pk").s());
        assertEquals("00000000000000000000", item.get("_gsi4_sk").s());
    }

    @Test
    void indexWithANullSource_isLeftOut_sparseIndex(BaoEntityManager em, DynamoDbClient client, @TableName String table) {
        Indexed entity = new Indexed();
        entity.setPublished(true);
        em.persist(entity);
        Map<String, AttributeValue> item = raw(client, table, entity);
        assertFalse(item.containsKey("_gsi3_pk") || item.containsKey("_gsi3_sk"), "rating is null");
        assertFalse(item.containsKey("_gsi1_pk") || item.containsKey("_gsi1_sk"), "happenedAt is null");
        assertFalse(item.containsKey("_gsi2_pk") || item.containsKey("_gsi2_sk"), "color is null");
    }

    @Test
    void clearingAnIndexSource_removesThatIndexsAttributes(BaoEntityManager em, DynamoDbClient client, @TableName String table) {
        Indexed entity = new Indexed();
        entity.setPublished(true);
        entity.setRating(3.0);
        em.persist(entity);
        entity.setRating(null);
        em.flush();
        Map<String, AttributeValue> item = raw(client, table, entity);
        assertFalse(item.containsKey("_gsi3_pk") || item.containsKey("_gsi3_sk"), "LAYOUT.md §16.3: the item leaves the index");
    }

    @Test
    void changingAnIndexSource_rewritesTheIndexKey(BaoEntityManager em, DynamoDbClient client, @TableName String table) {
        Indexed entity = new Indexed();
        entity.setPublished(true);
        entity.setRating(3.0);
        em.persist(entity);
        entity.setPublished(false);
        em.flush();
        Map<String, AttributeValue> item = raw(client, table, entity);
        assertEquals("ix#gsi3#0", item.get("_gsi3_pk").s());
        assertEquals("3.00000000000000000000e+0", item.get("_gsi3_sk").s());
    }
}
