package dev.dynamobao.tck.tenancy;

import static dev.dynamobao.tck.support.RawItems.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.MissingTenantException;
import dev.dynamobao.ModelDefinitionException;
import dev.dynamobao.MultiTenancy;
import dev.dynamobao.Ref;
import dev.dynamobao.Tenant;
import dev.dynamobao.UniqueConstraintViolationException;
import dev.dynamobao.ValidationException;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.tck.model.Post;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.tck.support.RawItems;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Multi-tenancy ({@code LAYOUT.md} §11, §14): every key of a tenant is prefixed with
 * {@code [tenant]#}; two tenants with identical ids never see each other's data.
 */
@BaoTest(entities = {User.class, Post.class})
class MultiTenancyTck {

    private static final RequestCounter REQUESTS = new RequestCounter();
    private static BaoEntityManagerFactory bao;
    private static DynamoDbClient client;
    private static String table;
    private static RawItems raw;

    @BeforeAll
    static void buildTenantFactory(DynamoDbClient dynamo, @TableName String tableName) {
        client = dynamo;
        table = tableName;
        raw = new RawItems(dynamo, tableName);
        bao = Bao.configure().client(dynamo).table(tableName).entities(User.class, Post.class)
                .multiTenancy(MultiTenancy.enabled().build()).requestListener(REQUESTS).build();
    }

    @AfterAll
    static void closeTenantFactory() {
        bao.close();
    }

    @BeforeEach
    void resetRequests() {
        REQUESTS.reset();
    }

    private static User user(String id, String name, String email, String role) {
        User user = new User();
        user.setUserId(id);
        user.setName(name);
        user.setEmail(email);
        user.setRole(role);
        return user;
    }

    private static void inTenant(String tenant, java.util.function.Consumer<BaoEntityManager> work) {
        Tenant.run(tenant, () -> {
            try (BaoEntityManager em = bao.createEntityManager()) {
                work.accept(em);
            }
        });
    }

    private static String uniqueTenant(String base) {
        return base + System.nanoTime();
    }

    @Test
    void everyKeyOfATenant_isPrefixed_exactlyAsTheLayoutSays() {
        String tenant = uniqueTenant("acme");
        String id = "01HK421R2RK33QCBXGYD68060E";
        String email = "tina@acme.com";
        Post post = new Post();
        inTenant(tenant, em -> {
            em.persist(user(id, "Tina", email, "active"));
            post.setUserId(Ref.to(User.class, id));
            post.setTitle("Hello");
            post.setContent("World");
            em.persist(post);
        });
        String t = "[" + tenant + "]#";

        Map<String, AttributeValue> userItem = raw.get(t + "u#" + id, "u");
        assertNotNull(userItem, "user stored under the tenant prefix");
        assertEquals(t + "u#gsi1#active", s(userItem, "_gsi1_pk"));
        assertEquals("Tina", s(userItem, "_gsi1_sk"), "sort keys are never prefixed");
        assertEquals(t + "u#iter#005", s(userItem, "_iter_pk"), "LAYOUT.md §7 example: bucket 5");
        assertEquals(id, s(userItem, "_iter_sk"));
        assertEquals(id, s(userItem, "userId"));
        assertEquals("u", s(userItem, "_sk"));
        assertNull(raw.get("u#" + id, "u"), "nothing in the shared space");

        Map<String, AttributeValue> constraint = raw.get(t + "_raft_uc#_uc1#u#email:" + email, "_raft_uc");
        assertEquals(Map.of(
                "_pk", AttributeValue.fromS(t + "_raft_uc#_uc1#u#email:" + email),
                "_sk", AttributeValue.fromS("_raft_uc"),
                "uniqueValue", AttributeValue.fromS(t + "_raft_uc#_uc1#u#email:" + email),
                "relatedId", AttributeValue.fromS(id),
                "relatedModel", AttributeValue.fromS("User"),
                "_gsi_test_id", AttributeValue.fromS(tenant)), constraint);
        assertNull(raw.get("_raft_uc#_uc1#u#email:" + email, "_raft_uc"));

        String postId = post.getPostId();
        Map<String, AttributeValue> postItem = raw.get(t + "p#" + postId, "p");
        assertNotNull(postItem);
        assertEquals(t + "p#gsi2#" + id, s(postItem, "_gsi2_pk"));
        assertEquals(String.format("%020d", post.getCreatedAt().toEpochMilli()), s(postItem, "_gsi2_sk"));
        assertEquals(id, s(postItem, "userId"), "references hold the unprefixed primary id");
        assertEquals(String.format("%sp#iter#%03d", t, Math.abs((long) postId.hashCode()) % 10), s(postItem, "_iter_pk"));
        assertEquals(postId, s(postItem, "_iter_sk"));
    }

    @Test
    void updatesUnderATenant_rewriteIndexAndIterationKeys_withThePrefix() {
        String tenant = uniqueTenant("acme");
        String[] id = new String[1];
        inTenant(tenant, em -> {
            User user = user(null, "Before", "before@example.com", null);
            em.persist(user);
            id[0] = user.getUserId();
        });
        String t = "[" + tenant + "]#";
        assertNull(s(raw.get(t + "u#" + id[0], "u"), "_gsi1_pk"), "no role yet: not in the index");
        inTenant(tenant, em -> {
            User user = em.find(User.class, id[0]).orElseThrow();
            user.setRole("owner");
            user.setName("After");
            em.flush();
        });
        Map<String, AttributeValue> item = raw.get(t + "u#" + id[0], "u");
        assertEquals(t + "u#gsi1#owner", s(item, "_gsi1_pk"));
        assertEquals("After", s(item, "_gsi1_sk"));
        assertEquals(String.format("%su#iter#%03d", t, Math.abs((long) id[0].hashCode()) % 10), s(item, "_iter_pk"));
        assertEquals(id[0], s(item, "_iter_sk"));
    }

    @Test
    void twoTenantsWithIdenticalIds_seeOnlyTheirOwnEntities_throughFindUniqueAndIteration() {
        String acme = uniqueTenant("acme");
        String globex = uniqueTenant("globex");
        String[] id = new String[1];
        String email = "same@example.com";
        inTenant(acme, em -> {
            User user = user(null, "Acme user", email, "admin");
            em.persist(user);
            id[0] = user.getUserId();
        });
        inTenant(globex, em -> em.persist(user(id[0], "Globex user", email, "admin")));

        inTenant(acme, em -> {
            assertEquals("Acme user", em.find(User.class, id[0]).orElseThrow().getName());
            assertEquals("Acme user", em.findByUnique(User.class, "email", email).orElseThrow().getName());
            List<User> all = em.iterateAll(User.class, 100).flatMap(List::stream).toList();
            assertEquals(List.of("Acme user"), all.stream().map(User::getName).toList());
        });
        inTenant(globex, em -> {
            assertEquals("Globex user", em.find(User.class, id[0]).orElseThrow().getName());
            assertEquals("Globex user", em.findByUnique(User.class, "email", email).orElseThrow().getName());
            List<User> all = em.iterateAll(User.class, 100).flatMap(List::stream).toList();
            assertEquals(List.of("Globex user"), all.stream().map(User::getName).toList());
        });
        inTenant(uniqueTenant("initech"), em -> {
            assertTrue(em.find(User.class, id[0]).isEmpty());
            assertTrue(em.findByUnique(User.class, "email", email).isEmpty());
            REQUESTS.reset();
            assertEquals(0, em.iterateAll(User.class, 100).count(), "a tenant without users iterates nothing");
            assertEquals(10, REQUESTS.count(DynamoOperation.QUERY), "one query per bucket, all empty");
            assertEquals(0, REQUESTS.count(DynamoOperation.BATCH_GET_ITEM));
        });
    }

    @Test
    void twoTenantsWithIdenticalIds_seeOnlyTheirOwnEntities_throughQueries() {
        String acme = uniqueTenant("acme");
        String globex = uniqueTenant("globex");
        String[] id = new String[1];
        inTenant(acme, em -> {
            User user = user(null, "Query acme", "q@example.com", "editor");
            em.persist(user);
            id[0] = user.getUserId();
            em.persist(post(id[0], "acme post"));
        });
        inTenant(globex, em -> {
            em.persist(user(id[0], "Query globex", "q@example.com", "editor"));
            em.persist(post(id[0], "globex post 1"));
            em.persist(post(id[0], "globex post 2"));
        });
        inTenant(acme, em -> {
            assertEquals(List.of("Query acme"), queryUsersByRole(em, "editor"));
            assertEquals(List.of("acme post"), em.query(Post.class).index("postsForUser").partition(id[0]).list()
                    .stream().map(Post::getTitle).toList());
        });
        inTenant(globex, em -> {
            assertEquals(List.of("Query globex"), queryUsersByRole(em, "editor"));
            assertEquals(Set.of("globex post 1", "globex post 2"), em.query(Post.class).index("postsForUser").partition(id[0])
                    .list().stream().map(Post::getTitle).collect(Collectors.toSet()));
        });
    }

    private static Post post(String userId, String title) {
        Post post = new Post();
        post.setUserId(Ref.to(User.class, userId));
        post.setTitle(title);
        post.setContent("content");
        return post;
    }

    private static List<String> queryUsersByRole(BaoEntityManager em, String role) {
        return em.query(User.class).index("usersByRole").partition(role).list().stream().map(User::getName).toList();
    }

    @Test
    void oneEntityManager_keepsOneIdentityMapPerTenant() {
        String acme = uniqueTenant("acme");
        String globex = uniqueTenant("globex");
        String[] id = new String[1];
        inTenant(acme, em -> {
            User user = user(null, "A", "a@example.com", null);
            em.persist(user);
            id[0] = user.getUserId();
        });
        inTenant(globex, em -> em.persist(user(id[0], "G", "g@example.com", null)));

        try (BaoEntityManager em = bao.createEntityManager()) {
            User a = Tenant.call(acme, () -> em.find(User.class, id[0]).orElseThrow());
            User g = Tenant.call(globex, () -> em.find(User.class, id[0]).orElseThrow());
            assertNotSame(a, g);
            assertEquals("A", a.getName());
            assertEquals("G", g.getName());
            REQUESTS.reset();
            assertSame(a, Tenant.call(acme, () -> em.find(User.class, id[0]).orElseThrow()));
            assertSame(g, Tenant.call(globex, () -> em.findAll(User.class, List.of(id[0])).get(id[0])));
            assertEquals(0, REQUESTS.total(), "both come from their tenant's identity map");

            a.setName("A2");
            g.setName("G2");
            em.flush();
        }
        assertEquals("A2", s(raw.get("[" + acme + "]#u#" + id[0], "u"), "name"), "each entity is written to its own tenant");
        assertEquals("G2", s(raw.get("[" + globex + "]#u#" + id[0], "u"), "name"));
    }

    @Test
    void uniqueConstraints_areScopedToTheTenant_forSwapsAndReleases() {
        String acme = uniqueTenant("acme");
        String globex = uniqueTenant("globex");
        String taken = "shared@example.com";
        String[] ids = new String[2];
        inTenant(acme, em -> {
            User user = user(null, "Acme", taken, null);
            em.persist(user);
            ids[0] = user.getUserId();
            assertThrows(UniqueConstraintViolationException.class, () -> em.persist(user(null, "Acme 2", taken, null)),
                    "within one tenant the value is taken");
        });
        inTenant(globex, em -> {
            User user = user(null, "Globex", taken, null);
            em.persist(user);
            ids[1] = user.getUserId();
        });
        String acmeTaken = "[" + acme + "]#_raft_uc#_uc1#u#email:";
        String globexTaken = "[" + globex + "]#_raft_uc#_uc1#u#email:";
        Tenant.run(acme, () -> bao.runInUnitOfWork(em -> em.find(User.class, ids[0]).orElseThrow().setEmail("new@example.com")));
        assertNull(raw.get(acmeTaken + taken, "_raft_uc"), "acme released the old value");
        assertEquals(ids[0], s(raw.get(acmeTaken + "new@example.com", "_raft_uc"), "relatedId"));
        assertEquals(acme, s(raw.get(acmeTaken + "new@example.com", "_raft_uc"), "_gsi_test_id"));
        assertEquals(ids[1], s(raw.get(globexTaken + taken, "_raft_uc"), "relatedId"), "globex keeps its value");

        inTenant(globex, em -> em.remove(em.find(User.class, ids[1]).orElseThrow()));
        assertNull(raw.get(globexTaken + taken, "_raft_uc"));
        assertNull(raw.get("[" + globex + "]#u#" + ids[1], "u"));
        assertNotNull(raw.get("[" + acme + "]#u#" + ids[0], "u"), "acme's user is untouched");
    }

    @Test
    void withoutATenant_everyOperationFails_andNothingIsWritten() {
        long before = raw.scan().size();
        try (BaoEntityManager em = bao.createEntityManager()) {
            String id = "01HK421R2RK33QCBXGYD68060E";
            assertThrows(MissingTenantException.class, () -> em.find(User.class, id));
            assertThrows(MissingTenantException.class, () -> em.findAll(User.class, List.of(id)));
            assertThrows(MissingTenantException.class, () -> em.findByUnique(User.class, "email", "x@example.com"));
            assertThrows(MissingTenantException.class, () -> em.iterateAll(User.class, 10));
            assertThrows(MissingTenantException.class, () -> em.iterateBucket(User.class, 0, 10));
            MissingTenantException persist = assertThrows(MissingTenantException.class,
                    () -> em.persist(user(null, "Nobody", "nobody@example.com", null)));
            assertTrue(persist.getMessage().contains("Tenant.run"), persist.getMessage());
        }
        assertEquals(0, REQUESTS.total(), "no request reaches DynamoDB");
        assertEquals(before, raw.scan().size());
    }

    @Test
    void iterationStream_keepsTheTenantItWasCreatedIn() {
        String acme = uniqueTenant("acme");
        inTenant(acme, em -> em.persist(user(null, "Streamed", "s@example.com", null)));
        try (BaoEntityManager em = bao.createEntityManager()) {
            Stream<List<User>> batches = Tenant.call(acme, () -> em.iterateAll(User.class, 10));
            assertEquals(List.of("Streamed"), batches.flatMap(List::stream).map(User::getName).toList(),
                    "consumed outside the tenant scope, still reads the tenant's buckets");
        }
    }

    @Test
    void tenantComesFromEnterThenResolversInOrderThenTheDefault() {
        ThreadLocal<String> first = new ThreadLocal<>();
        ThreadLocal<String> second = new ThreadLocal<>();
        String suffix = Long.toString(System.nanoTime());
        try (BaoEntityManagerFactory resolved = Bao.configure().client(client).table(table).entities(User.class, Post.class)
                .multiTenancy(MultiTenancy.enabled()
                        .resolver(() -> Optional.ofNullable(first.get()))
                        .resolver(() -> Optional.ofNullable(second.get()))
                        .defaultTenant("fallback" + suffix).build()).build()) {
            assertEquals("fallback" + suffix, tenantOfNewUser(resolved));
            second.set("second" + suffix);
            assertEquals("second" + suffix, tenantOfNewUser(resolved));
            first.set("first" + suffix);
            assertEquals("first" + suffix, tenantOfNewUser(resolved));
            assertEquals("entered" + suffix, Tenant.call("entered" + suffix, () -> tenantOfNewUser(resolved)));
            first.set("bad]tenant");
            assertThrows(ValidationException.class, () -> tenantOfNewUser(resolved), "resolved ids are validated too");
        }
    }

    /** Persists a user with {@code factory} and answers the tenant whose prefix its stored key carries. */
    private static String tenantOfNewUser(BaoEntityManagerFactory factory) {
        User user = user(null, "Resolved", "r" + System.nanoTime() + "@example.com", null);
        try (BaoEntityManager em = factory.createEntityManager()) {
            em.persist(user);
        }
        Set<String> tenants = new HashSet<>();
        for (Map<String, AttributeValue> item : raw.scan()) {
            String pk = s(item, "_pk");
            if (pk.endsWith("]#u#" + user.getUserId())) {
                tenants.add(pk.substring(1, pk.indexOf(']')));
            }
        }
        assertEquals(1, tenants.size(), tenants::toString);
        return tenants.iterator().next();
    }

    @Test
    void tenantIdsWithReservedCharacters_areRejected() {
        for (String bad : List.of("a[b", "a]b", "a#b", "")) {
            assertThrows(ValidationException.class, () -> Tenant.enter(bad), bad);
            assertThrows(ValidationException.class, () -> MultiTenancy.enabled().defaultTenant(bad), bad);
        }
        assertTrue(Tenant.current().isEmpty(), "a rejected enter leaves no tenant behind");
    }

    @Test
    void modelsKeyedByTheModelPrefix_areRefused_whenTenancyIsOn() {
        ModelDefinitionException refused = assertThrows(ModelDefinitionException.class, () -> Bao.configure().client(client)
                .table(table).entities(Setting.class).multiTenancy(MultiTenancy.enabled().build()).build());
        assertTrue(refused.getMessage().contains("Setting"), refused.getMessage());
    }
}
