package dev.dynamobao.tck.unique;

import static dev.dynamobao.tck.support.RawItems.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.UniqueConstraintViolationException;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.tck.support.RawItems;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Ten threads register the same e-mail at once: exactly one wins and the table stays consistent. */
@BaoTest(entities = User.class)
class ConcurrentRegistrationTck {

    private static final int THREADS = 10;

    @RepeatedTest(3)
    void tenThreadsRegisteringOneEmail_oneSucceeds_nineViolate_noOrphans(BaoEntityManagerFactory bao, DynamoDbClient client,
                                                                           @TableName String table) throws Exception {
        String email = "race-" + System.nanoTime() + "@example.com";
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS; i++) {
                String name = "racer-" + i;
                outcomes.add(pool.submit(() -> {
                    User user = new User();
                    user.setName(name);
                    user.setEmail(email);
                    try (BaoEntityManager em = bao.createEntityManager()) {
                        start.await(10, TimeUnit.SECONDS);
                        em.persist(user);
                        return "ok:" + user.getUserId();
                    } catch (UniqueConstraintViolationException violation) {
                        assertEquals(email, violation.value());
                        return "violation";
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            List<String> winners = results.stream().filter(result -> result.startsWith("ok:")).toList();
            assertEquals(1, winners.size(), results::toString);
            assertEquals(THREADS - 1, results.stream().filter("violation"::equals).count(), results::toString);
            String winnerId = winners.get(0).substring(3);

            List<Map<String, AttributeValue>> items = new RawItems(client, table).scan();
            List<Map<String, AttributeValue>> constraints = items.stream()
                    .filter(item -> ("_raft_uc#_uc1#u#email:" + email).equals(s(item, "_pk"))).toList();
            assertEquals(1, constraints.size(), "one constraint item for the e-mail");
            assertEquals(winnerId, s(constraints.get(0), "relatedId"));
            List<Map<String, AttributeValue>> users = items.stream()
                    .filter(item -> s(item, "_pk").startsWith("u#") && email.equals(s(item, "email"))).toList();
            assertEquals(1, users.size(), "no orphan user item");
            assertEquals(winnerId, s(users.get(0), "userId"));
            assertTrue(items.stream().filter(item -> s(item, "_pk").startsWith("_raft_uc#")).allMatch(item ->
                    items.stream().anyMatch(user -> ("u#" + s(item, "relatedId")).equals(s(user, "_pk")))),
                    "every constraint item points at an existing user");
        } finally {
            pool.shutdownNow();
        }
    }
}
