package dev.dynamobao.tck.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.tck.model.AppEntity;
import dev.dynamobao.tck.model.Post;
import dev.dynamobao.tck.model.PostTag;
import dev.dynamobao.tck.model.Reading;
import dev.dynamobao.tck.model.Tag;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.tck.model.Widget;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;

/**
 * The Java library writes the same items as dynamo-bao: each untenanted golden model item is read
 * through Java, deleted, persisted again by Java, and the stored item compared with the golden one
 * attribute by attribute ({@code _gsiN_*} and {@code _iter_*} included). Only the values the
 * layout regenerates on every write ({@code modifiedAt}, {@code version}) may differ.
 */
@BaoTest(entities = {User.class, Post.class, Tag.class, PostTag.class, AppEntity.class, Reading.class, Widget.class},
        tablePerTest = true)
class GoldenWriteTck {

    /** Attributes the layout regenerates on every write (LAYOUT.md §5: ModifiedDate, Version). */
    private static final Set<String> REGENERATED = Set.of("modifiedAt", "version");

    @BeforeEach
    void loadTheGoldenItems(DynamoDbClient client, @TableName String table) {
        GoldenItems.putAll(client, table);
    }

    private static Object rewrite(BaoEntityManagerFactory bao, DynamoDbClient client, String table, Map<String, AttributeValue> golden) {
        Class<?> type = GoldenModels.typeOf(golden);
        String id = GoldenModels.primaryIdOf(golden);
        Object entity;
        try (BaoEntityManager em = bao.createEntityManager()) {
            entity = em.find(type, id).orElseThrow(() -> new AssertionError(type.getSimpleName() + " '" + id + "' not found"));
        }
        client.deleteItem(DeleteItemRequest.builder().tableName(table)
                .key(Map.of("_pk", golden.get("_pk"), "_sk", golden.get("_sk"))).build());
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(entity);
        }
        return entity;
    }

    private static void assertSameItem(Map<String, AttributeValue> golden, Map<String, AttributeValue> written) {
        String where = golden.get("_pk").s() + " / " + golden.get("_sk").s();
        assertEquals(new TreeSet<>(golden.keySet()), new TreeSet<>(written.keySet()), () -> "attributes of " + where);
        for (Map.Entry<String, AttributeValue> attribute : golden.entrySet()) {
            String name = attribute.getKey();
            AttributeValue expected = attribute.getValue();
            AttributeValue actual = written.get(name);
            if (REGENERATED.contains(name)) {
                assertEquals(expected.type(), actual.type(), () -> name + " of " + where);
                assertNotEquals(expected, actual, () -> name + " of " + where + " is regenerated on every write");
            } else if (expected.hasSs()) {
                assertEquals(new HashSet<>(expected.ss()), new HashSet<>(actual.ss()), () -> name + " of " + where);
            } else {
                assertEquals(expected, actual, () -> name + " of " + where);
            }
        }
    }

    @Test
    void everyUntenantedModelItem_rewrittenByJava_equalsTheGoldenItem(BaoEntityManagerFactory bao, DynamoDbClient client,
                                                                      @TableName String table) {
        for (Map<String, AttributeValue> golden : GoldenItems.untenantedModelItems()) {
            rewrite(bao, client, table, golden);
            assertSameItem(golden, GoldenItems.read(client, table, golden.get("_pk").s(), golden.get("_sk").s()));
        }
    }

    @Test
    void rewrittenUsers_claimTheSameConstraintItems(BaoEntityManagerFactory bao, DynamoDbClient client, @TableName String table) {
        for (String user : new String[] {"01JGFJJZ00BRS3PGEK2407P07V", "01JGFJJZ02GM2R6R5BQTSR9XA4", "01JGFJJZ06FHPHQRQHQT9BTYZW"}) {
            rewrite(bao, client, table, GoldenItems.item("u#" + user, "u"));
        }
        for (String email : new String[] {"alice@new.example.com", "bob@example.com", "dave@example.com"}) {
            String pk = "_raft_uc#_uc1#u#email:" + email;
            assertSameItem(GoldenItems.item(pk, "_raft_uc"), GoldenItems.read(client, table, pk, "_raft_uc"));
        }
    }

    @Test
    void widgetBuiltInJava_isStoredExactlyLikeTheJavaScriptWidget(BaoEntityManagerFactory bao, DynamoDbClient client,
                                                                 @TableName String table) {
        Map<String, AttributeValue> golden = GoldenItems.item("w#01JB0000000000000000000W01", "w");
        client.deleteItem(DeleteItemRequest.builder().tableName(table)
                .key(Map.of("_pk", golden.get("_pk"), "_sk", golden.get("_sk"))).build());
        Widget widget = new Widget();
        widget.setWidgetId("01JB0000000000000000000W01");
        widget.setName("Full widget");
        widget.setQuantity(42);
        widget.setPrice(24.5);
        widget.setActive(true);
        widget.setLaunchedAt(Instant.ofEpochMilli(1717245296789L));
        widget.setViews(1L);
        widget.setTtl(Instant.ofEpochSecond(1893456000L));
        widget.setLabels(Set.of("yellow", "green"));
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(widget);
        }
        Map<String, AttributeValue> written = GoldenItems.read(client, table, golden.get("_pk").s(), golden.get("_sk").s());
        assertSameItem(golden, written);
        assertEquals("w#gsi2#1", written.get("_gsi2_pk").s());
        assertEquals("2.45000000000000000000e+1", written.get("_gsi2_sk").s());
        assertEquals("00000000000000000042", written.get("_gsi1_sk").s());
        assertEquals("00000001717245296789", written.get("_gsi4_sk").s());
        assertTrue(written.get("active").bool());
    }
}
