package dev.dynamobao.tck.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.MultiTenancy;
import dev.dynamobao.Tenant;
import dev.dynamobao.query.InvalidCursorException;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Queries read only the current tenant's partitions, and a cursor works only for the tenant it was made for. */
@BaoTest(entities = Gizmo.class)
class TenantQueryTck {

    private static BaoEntityManagerFactory bao;

    @BeforeAll
    static void persistPerTenant(DynamoDbClient client, @TableName String table) {
        bao = Bao.configure().client(client).table(table).entities(Gizmo.class)
                .multiTenancy(MultiTenancy.enabled().build()).build();
        for (String tenant : List.of("acme", "globex")) {
            Tenant.run(tenant, () -> bao.runInUnitOfWork(em -> {
                for (int position = 1; position <= 4; position++) {
                    em.persist(new Gizmo("shared", position, tenant + "-" + position, "live"));
                }
            }));
        }
    }

    @AfterAll
    static void closeFactory() {
        bao.close();
    }

    private static List<String> names(String tenant, boolean byIndex) {
        return Tenant.call(tenant, () -> {
            try (BaoEntityManager em = bao.createEntityManager()) {
                return (byIndex ? em.query(Gizmo.class).index("byStatus").partition("live")
                        : em.query(Gizmo.class).partition("shared")).list().stream().map(Gizmo::getName).toList();
            }
        });
    }

    @Test
    void query_readsOnlyTheCurrentTenant() {
        assertEquals(List.of("acme-1", "acme-2", "acme-3", "acme-4"), names("acme", false));
        assertEquals(List.of("globex-1", "globex-2", "globex-3", "globex-4"), names("globex", true));
        assertEquals(4, Tenant.call("acme", () -> {
            try (BaoEntityManager em = bao.createEntityManager()) {
                return em.query(Gizmo.class).index("allByName").list().size();
            }
        }));
    }

    @Test
    void cursorOfAnotherTenant_throwsInvalidCursor() {
        String cursor = Tenant.call("acme", () -> {
            try (BaoEntityManager em = bao.createEntityManager()) {
                return em.query(Gizmo.class).partition("shared").limit(2).page().cursor().orElseThrow();
            }
        });
        InvalidCursorException failure = Tenant.call("globex", () -> {
            try (BaoEntityManager em = bao.createEntityManager()) {
                return assertThrows(InvalidCursorException.class,
                        () -> em.query(Gizmo.class).partition("shared").startAfter(cursor).page());
            }
        });
        assertTrue(failure.getMessage().contains("acme"), failure.getMessage());
    }
}
