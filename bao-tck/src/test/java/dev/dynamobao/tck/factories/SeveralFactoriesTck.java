package dev.dynamobao.tck.factories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.DetachedReferenceException;
import dev.dynamobao.MultiTenancy;
import dev.dynamobao.Ref;
import dev.dynamobao.Tenant;
import dev.dynamobao.tck.model.Post;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.tck.model.Widget;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Three factories in one JVM (two tables; tenancy on in one of them), built one after the other
 * and then used interleaved and from concurrent threads. A factory built later never changes how
 * an earlier one resolves {@code Ref.of(entity)}, keys or tenants.
 */
@BaoTest(entities = {User.class, Post.class})
class SeveralFactoriesTck {

    private static final String TENANT = "acme";
    private static final AtomicInteger WIDGETS = new AtomicInteger();

    /** Table 1, User + Post, no tenancy. */
    private static BaoEntityManagerFactory plain;
    /** Table 2, User + Post, tenancy on. */
    private static BaoEntityManagerFactory tenanted;
    /** Table 1 again, only Widget: built last, it knows neither User nor Post. */
    private static BaoEntityManagerFactory widgets;

    @BeforeAll
    static void buildThreeFactories(DynamoDbClient client, @TableName String table) {
        plain = Bao.configure().client(client).table(table).entities(User.class, Post.class).build();
        tenanted = Bao.configure().client(client).table(table + "-tenants").ensureTable(true)
                .entities(User.class, Post.class).multiTenancy(MultiTenancy.enabled().build()).build();
        widgets = Bao.configure().client(client).table(table).entities(Widget.class).build();
    }

    @AfterAll
    static void closeFactories() {
        tenanted.schema().deleteTable();
        plain.close();
        tenanted.close();
        widgets.close();
    }

    @Test
    void refOf_inAFactoryBuiltBeforeAnotherWithoutThatModel_persistsAndLoadsTheTarget() {
        Written written = writeUserAndPost(plain, "early");

        assertEquals(written.userId(), readAuthorId(plain, written.postId()));
    }

    @Test
    void refOf_inTheTenantFactory_resolvesThroughItsOwnModels() {
        Written written = Tenant.call(TENANT, () -> writeUserAndPost(tenanted, "tenant"));

        assertEquals(written.userId(), Tenant.call(TENANT, () -> readAuthorId(tenanted, written.postId())));
        assertTrue(plain.ambient().find(Post.class, written.postId()).isEmpty(),
                "the plain factory's table must not hold the tenant factory's post");
    }

    @Test
    void refOf_id_insideAUnitOfWork_isThePrimaryIdOfThatFactory() {
        User user = newUser("inside");
        String id = plain.callInUnitOfWork(em -> {
            em.persist(user);
            return Ref.of(user).id();
        });

        assertEquals(user.getUserId(), id);
    }

    @Test
    void refOf_id_outsideAnyUnitOfWork_throwsDetachedNamingTheFix() {
        User user = newUser("outside");
        plain.ambient().persist(user);

        DetachedReferenceException thrown = assertThrows(DetachedReferenceException.class, () -> Ref.of(user).id());
        assertTrue(thrown.getMessage().contains("Ref.to(User.class, id)"), thrown.getMessage());
    }

    @Test
    void refOf_id_insideAUnitOfWorkOfAFactoryWithoutTheModel_throwsDetached() {
        User user = newUser("foreign");
        plain.ambient().persist(user);

        assertThrows(DetachedReferenceException.class, () -> widgets.callInUnitOfWork(em -> Ref.of(user).id()));
    }

    @Test
    void threeFactories_usedInterleaved_eachReadsBackOnlyItsOwnItems() {
        for (int round = 0; round < 5; round++) {
            Written inPlain = writeUserAndPost(plain, "interleaved-" + round);
            Widget widget = newWidget("interleaved-" + round);
            widgets.ambient().persist(widget);
            int current = round;
            Written inTenant = Tenant.call(TENANT, () -> writeUserAndPost(tenanted, "interleaved-" + current));

            assertEquals(inPlain.userId(), readAuthorId(plain, inPlain.postId()));
            assertEquals(inTenant.userId(), Tenant.call(TENANT, () -> readAuthorId(tenanted, inTenant.postId())));
            assertEquals(widget.getName(), widgets.ambient().find(Widget.class, widget.getWidgetId()).orElseThrow().getName());
        }
    }

    @Test
    void threeFactories_usedConcurrently_eachResolvesRefsThroughItsOwnModels() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int worker = 0; worker < 2; worker++) {
                int w = worker;
                futures.add(pool.submit(times(10, i -> {
                    Written written = writeUserAndPost(plain, "concurrent-" + w + "-" + i);
                    assertEquals(written.userId(), readAuthorId(plain, written.postId()));
                })));
                futures.add(pool.submit(times(10, i -> Tenant.run(TENANT, () -> {
                    Written written = writeUserAndPost(tenanted, "concurrent-t" + w + "-" + i);
                    assertEquals(written.userId(), readAuthorId(tenanted, written.postId()));
                }))));
                futures.add(pool.submit(times(10, i -> {
                    Widget widget = newWidget("concurrent-" + w + "-" + i);
                    widgets.runInUnitOfWork(em -> em.persist(widget));
                    assertTrue(widgets.ambient().find(Widget.class, widget.getWidgetId()).isPresent());
                })));
            }
            for (Future<?> future : futures) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private record Written(String userId, String postId) {
    }

    private interface Step {
        void run(int index);
    }

    private static Callable<Void> times(int count, Step step) {
        return () -> {
            for (int i = 0; i < count; i++) {
                step.run(i);
            }
            return null;
        };
    }

    /** Persists a user and a post pointing at it with {@code Ref.of(user)}, in one unit of work. */
    private static Written writeUserAndPost(BaoEntityManagerFactory factory, String tag) {
        return factory.callInUnitOfWork(em -> {
            User user = newUser(tag);
            em.persist(user);
            Post post = new Post();
            post.setUserId(Ref.of(user));
            post.setTitle("post of " + tag);
            post.setContent("content");
            em.persist(post);
            return new Written(user.getUserId(), post.getPostId());
        });
    }

    /** Loads the post in a fresh entity manager and follows its reference to the author. */
    private static String readAuthorId(BaoEntityManagerFactory factory, String postId) {
        try (BaoEntityManager em = factory.createEntityManager()) {
            Post post = em.find(Post.class, postId).orElseThrow();
            return post.getUserId().get().getUserId();
        }
    }

    private static User newUser(String tag) {
        User user = new User();
        user.setName("user " + tag);
        user.setEmail(tag + "@factories.example.com");
        return user;
    }

    private static Widget newWidget(String tag) {
        Widget widget = new Widget();
        widget.setWidgetId(String.format("01JB%022d", WIDGETS.incrementAndGet()));
        widget.setName("widget " + tag);
        widget.setQuantity(1);
        return widget;
    }
}
