package dev.dynamobao.tck.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.MultiTenancy;
import dev.dynamobao.Tenant;
import dev.dynamobao.tck.model.Post;
import dev.dynamobao.tck.model.Tag;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;

/**
 * The tenant-prefixed golden items (tenants {@code acme} and {@code globex}, both holding a user
 * with the same id) are read and rewritten by a multi-tenant Java factory.
 */
@BaoTest(tablePerTest = true)
class GoldenTenantTck {

    private static final String OWNER = "01JB0000000000000000000T01";
    private static final String TAG = "01JB0000000000000000000T02";

    private BaoEntityManagerFactory bao;

    @BeforeEach
    void loadTheGoldenItems(DynamoDbClient client, @TableName String table) {
        GoldenItems.putAll(client, table);
        bao = Bao.configure().client(client).table(table).entities(User.class, Post.class, Tag.class)
                .multiTenancy(MultiTenancy.enabled().build()).build();
    }

    @AfterEach
    void closeTheFactory() {
        bao.close();
    }

    @Test
    void eachTenant_seesItsOwnUserWithTheSameId() {
        try (BaoEntityManager em = bao.createEntityManager()) {
            User acme = Tenant.call("acme", () -> em.find(User.class, OWNER).orElseThrow());
            assertEquals("Acme Owner", acme.getName());
            assertEquals("boss@acme.example.com", acme.getEmail());
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            User globex = Tenant.call("globex", () -> em.find(User.class, OWNER).orElseThrow());
            assertEquals("Globex Owner", globex.getName());
            assertEquals("owner@example.com", globex.getEmail());
        }
    }

    @Test
    void tenantPostsAndTags_areRead_withUnprefixedReferences() {
        try (BaoEntityManager em = bao.createEntityManager()) {
            Tenant.run("acme", () -> {
                Post post = em.find(Post.class, "01JGFJJZ4FZC0HZYXV3ZDC1R75").orElseThrow();
                assertEquals("acme post", post.getTitle());
                assertEquals(OWNER, post.getUserId().id());
                assertEquals("Acme Owner", post.getUserId().get().getName());
                assertEquals("acme-tag", em.find(Tag.class, TAG).orElseThrow().getName());
                assertTrue(em.find(Post.class, "01JGFJJZ4NYRP5ZVDE5HV0B606").isEmpty(), "globex's post is not visible to acme");
            });
        }
    }

    @Test
    void tenantUserRewrittenByJava_equalsTheGoldenItems(DynamoDbClient client, @TableName String table) {
        Map<String, AttributeValue> golden = GoldenItems.item("[acme]#u#" + OWNER, "u");
        User owner;
        try (BaoEntityManager em = bao.createEntityManager()) {
            owner = Tenant.call("acme", () -> em.find(User.class, OWNER).orElseThrow());
        }
        client.deleteItem(DeleteItemRequest.builder().tableName(table)
                .key(Map.of("_pk", golden.get("_pk"), "_sk", golden.get("_sk"))).build());
        try (BaoEntityManager em = bao.createEntityManager()) {
            Tenant.run("acme", () -> em.persist(owner));
        }
        Map<String, AttributeValue> written = GoldenItems.read(client, table, "[acme]#u#" + OWNER, "u");
        assertEquals(new TreeSet<>(golden.keySet()), new TreeSet<>(written.keySet()));
        golden.forEach((name, value) -> {
            if (name.equals("modifiedAt")) {
                assertNotEquals(value, written.get(name));
            } else {
                assertEquals(value, written.get(name), name);
            }
        });
        String constraint = "[acme]#_raft_uc#_uc1#u#email:boss@acme.example.com";
        assertEquals(GoldenItems.item(constraint, "_raft_uc"), GoldenItems.read(client, table, constraint, "_raft_uc"));
    }
}
