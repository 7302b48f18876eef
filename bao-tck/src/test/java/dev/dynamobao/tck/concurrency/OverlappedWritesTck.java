package dev.dynamobao.tck.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.EntityExistsException;
import dev.dynamobao.FlushException;
import dev.dynamobao.OptimisticLockException;
import dev.dynamobao.Ref;
import dev.dynamobao.UniqueConstraintViolationException;
import dev.dynamobao.ValidationException;
import dev.dynamobao.tck.model.Post;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.test.BackendEndpoint;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.InFlightRecordingHttpClient;
import dev.dynamobao.test.InFlightRecordingHttpClient.SentRequest;
import dev.dynamobao.test.TableName;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Overlapped writes on the real server: a flush, a {@code persistAll} and a bulk write keep
 * several requests in flight (never more than {@code maxConcurrency}), every write is attempted,
 * failures are named per entity and leave those entities as they were, writes touching a common
 * item stay in order on one thread, and the capacity ledger is the same as sequential.
 * Requests are counted by an {@link InFlightRecordingHttpClient} that holds each one 20 ms (a
 * simulated round trip) so that overlap is observable against the fast local server.
 */
@BaoTest(entities = {User.class, Post.class})
class OverlappedWritesTck {

    private static final Duration ROUND_TRIP = Duration.ofMillis(20);
    private static final int CONCURRENCY = 8;
    private static final String AUTHOR = "01JB00000000000000000AUTH1";

    /** A factory over the test's table whose requests go through {@code http}. */
    private static void withFactory(URI endpoint, String table, int maxConcurrency,
                                    java.util.function.BiConsumer<BaoEntityManagerFactory, InFlightRecordingHttpClient> work) {
        InFlightRecordingHttpClient http = InFlightRecordingHttpClient.wrapping(UrlConnectionHttpClient.create());
        try (DynamoDbClient client = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dynamobao", "dynamobao")))
                .httpClient(http).build();
             BaoEntityManagerFactory bao = Bao.configure().client(client).table(table).entities(User.class, Post.class)
                     .maxConcurrency(maxConcurrency).build()) {
            work.accept(bao, http);
        }
    }

    private static Post post(String title) {
        Post post = new Post();
        post.setUserId(Ref.to(User.class, AUTHOR));
        post.setTitle(title);
        post.setContent("content of " + title);
        return post;
    }

    private static List<Post> posts(int count, String tag) {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            posts.add(post(tag + " " + i));
        }
        return posts;
    }

    private static User user(String name, String email) {
        User user = new User();
        user.setName(name);
        user.setEmail(email);
        return user;
    }

    private static void inEntityManager(BaoEntityManagerFactory bao, Consumer<BaoEntityManager> work) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            work.accept(em);
        }
    }

    private static Set<String> threads(List<SentRequest> requests) {
        return requests.stream().map(SentRequest::thread).collect(Collectors.toSet());
    }

    @Test
    void flush_of100ChangedPosts_keepsSeveralInFlight_neverMoreThanMaxConcurrency(@BackendEndpoint URI endpoint,
                                                                                 @TableName String table) {
        withFactory(endpoint, table, CONCURRENCY, (bao, http) -> {
            List<Post> posts = posts(100, "flush");
            inEntityManager(bao, em -> {
                em.persistAll(posts);
                posts.forEach(post -> post.setTitle(post.getTitle() + " changed"));
                http.reset();
                http.holdEachRequest(ROUND_TRIP);
                em.flush();
                http.holdEachRequest(Duration.ZERO);

                assertEquals(100, http.requests("UpdateItem").size(), () -> http.requests().toString());
                assertEquals(100, http.requests().size(), "one request per changed post, nothing else");
                assertTrue(http.mostInFlight() > 1, () -> "in flight at once: " + http.mostInFlight());
                assertTrue(http.mostInFlight() <= CONCURRENCY, () -> "in flight at once: " + http.mostInFlight());
                http.reset();
                em.flush();
                assertEquals(0, http.requests().size(), "every written post is clean");
                assertEquals(200, em.requestCount(), "the unit of work counted every request, whichever thread sent it");
            });
            inEntityManager(bao, em -> {
                List<String> ids = posts.stream().map(Post::getPostId).toList();
                assertTrue(em.findAll(Post.class, ids).items().stream().allMatch(post -> post.getTitle().endsWith(" changed")));
            });
        });
    }

    @Test
    void persistAll_of100Posts_keepsSeveralInFlight_andManagesEveryPost(@BackendEndpoint URI endpoint, @TableName String table) {
        withFactory(endpoint, table, CONCURRENCY, (bao, http) -> {
            List<Post> posts = posts(100, "create");
            inEntityManager(bao, em -> {
                http.holdEachRequest(ROUND_TRIP);
                em.persistAll(posts);
                http.holdEachRequest(Duration.ZERO);

                assertEquals(100, http.requests("PutItem").size(), () -> http.requests().toString());
                assertEquals(100, http.requests().size());
                assertTrue(http.mostInFlight() > 1, () -> "in flight at once: " + http.mostInFlight());
                assertTrue(http.mostInFlight() <= CONCURRENCY, () -> "in flight at once: " + http.mostInFlight());
                assertTrue(posts.stream().allMatch(em::contains), "every created post is managed");
                assertSame(posts.get(7), em.find(Post.class, posts.get(7).getPostId()).orElseThrow());
            });
            inEntityManager(bao, em -> assertEquals(100,
                    em.findAll(Post.class, posts.stream().map(Post::getPostId).toList()).items().size()));
        });
    }

    @Test
    void persistAll_of50UsersWithAUniqueEmail_keepsSeveralTransactionsInFlight(@BackendEndpoint URI endpoint,
                                                                               @TableName String table) {
        withFactory(endpoint, table, CONCURRENCY, (bao, http) -> {
            List<User> users = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                users.add(user("user " + i, "user" + i + "@example.com"));
            }
            inEntityManager(bao, em -> {
                http.holdEachRequest(ROUND_TRIP);
                em.persistAll(users);
                http.holdEachRequest(Duration.ZERO);

                assertEquals(50, http.requests("TransactWriteItems").size(), () -> http.requests().toString());
                assertEquals(50, http.requests().size());
                assertTrue(http.mostInFlight() > 1, () -> "in flight at once: " + http.mostInFlight());
                assertTrue(http.mostInFlight() <= CONCURRENCY, () -> "in flight at once: " + http.mostInFlight());
            });
            inEntityManager(bao, em -> {
                for (User user : users) {
                    assertEquals(user.getUserId(), em.findByUnique(User.class, "email", user.getEmail()).orElseThrow().getUserId());
                }
            });
        });
    }

    @Test
    void flush_whereThreeOf20AreStale_writesTheOther17_namesTheThree_andKeepsThemDirty(@BackendEndpoint URI endpoint,
                                                                                     @TableName String table) {
        withFactory(endpoint, table, CONCURRENCY, (bao, http) -> {
            List<Post> created = posts(20, "stale");
            inEntityManager(bao, em -> em.persistAll(created));
            List<String> ids = created.stream().map(Post::getPostId).toList();
            Set<String> stale = Set.of(ids.get(3), ids.get(11), ids.get(17));
            inEntityManager(bao, em -> {
                List<Post> posts = em.findAll(Post.class, ids).items();
                inEntityManager(bao, other -> stale.forEach(id -> {
                    other.find(Post.class, id).orElseThrow().setTitle("theirs");
                    other.flush();
                }));
                posts.forEach(post -> post.setTitle("mine"));
                http.reset();

                FlushException failure = assertThrows(FlushException.class, em::flush);

                assertEquals(20, http.requests("UpdateItem").size(), "every write was attempted");
                assertEquals(17, failure.writtenCount());
                assertEquals(3, failure.failures().size());
                Set<String> named = new HashSet<>();
                for (FlushException.Failure failed : failure.failures()) {
                    assertEquals("Post", failed.model());
                    assertInstanceOf(OptimisticLockException.class, failed.cause());
                    assertEquals(failed.primaryId(), ((Post) failed.entity()).getPostId());
                    named.add(failed.primaryId());
                }
                assertEquals(stale, named);
                assertSame(failure.failures().get(0).cause(), failure.getCause());
                assertEquals(2, failure.getSuppressed().length);
                stale.forEach(id -> assertTrue(failure.getMessage().contains("Post '" + id + "'"), failure.getMessage()));

                http.reset();
                assertThrows(FlushException.class, em::flush, "the three are still dirty and still stale");
                assertEquals(3, http.requests("UpdateItem").size(), "only the three failed entities are sent again");
            });
            inEntityManager(bao, em -> {
                for (Post post : em.findAll(Post.class, ids).items()) {
                    assertEquals(stale.contains(post.getPostId()) ? "theirs" : "mine", post.getTitle(), post.getPostId());
                }
            });
        });
    }

    @Test
    void flush_whereExactlyOneWriteFails_throwsThatWritesOwnException_andWritesTheOthers(@BackendEndpoint URI endpoint,
                                                                                       @TableName String table) {
        withFactory(endpoint, table, CONCURRENCY, (bao, http) -> {
            List<Post> created = posts(10, "one stale");
            inEntityManager(bao, em -> em.persistAll(created));
            List<String> ids = created.stream().map(Post::getPostId).toList();
            inEntityManager(bao, em -> {
                List<Post> posts = em.findAll(Post.class, ids).items();
                inEntityManager(bao, other -> {
                    other.find(Post.class, ids.get(4)).orElseThrow().setTitle("theirs");
                    other.flush();
                });
                posts.forEach(post -> post.setTitle("mine"));

                OptimisticLockException conflict = assertThrows(OptimisticLockException.class, em::flush);

                assertEquals(ids.get(4), conflict.primaryId());
            });
            inEntityManager(bao, em -> assertEquals(9, em.findAll(Post.class, ids).items().stream()
                    .filter(post -> post.getTitle().equals("mine")).count()));
        });
    }

    @Test
    void flush_whereOneUserReleasesAnEmailAnotherClaims_sendsBothOnOneThreadInTurn(@BackendEndpoint URI endpoint,
                                                                                   @TableName String table) {
        withFactory(endpoint, table, CONCURRENCY, (bao, http) -> {
            User first = user("first", "shared@example.com");
            User second = user("second", "second@example.com");
            List<Post> bystanders = posts(10, "bystander");
            inEntityManager(bao, em -> {
                em.persistAll(List.of(first, second));
                em.persistAll(bystanders);
            });
            inEntityManager(bao, em -> {
                User releasing = em.find(User.class, first.getUserId()).orElseThrow();
                User claiming = em.find(User.class, second.getUserId()).orElseThrow();
                List<Post> posts = em.findAll(Post.class, bystanders.stream().map(Post::getPostId).toList()).items();
                releasing.setEmail("moved@example.com");
                claiming.setEmail("shared@example.com");
                posts.forEach(post -> post.setTitle("changed"));
                http.reset();
                http.holdEachRequest(ROUND_TRIP);
                try {
                    em.flush();
                } catch (UniqueConstraintViolationException claimedFirst) {
                    // The flush visited the claim before the release: the claim failed truthfully
                    // and stays dirty; the next flush (the release is written now) succeeds.
                    em.flush();
                } finally {
                    http.holdEachRequest(Duration.ZERO);
                }

                List<SentRequest> transactions = http.requests("TransactWriteItems");
                assertTrue(transactions.size() >= 2, () -> http.requests().toString());
                assertEquals(1, threads(transactions.subList(0, 2)).size(),
                        () -> "the two writes of the shared constraint item were sent by one task, in turn: " + transactions);
                assertTrue(http.mostInFlight() > 1, "the other posts overlapped");
            });
            inEntityManager(bao, em -> {
                assertEquals(second.getUserId(), em.findByUnique(User.class, "email", "shared@example.com").orElseThrow().getUserId());
                assertEquals(first.getUserId(), em.findByUnique(User.class, "email", "moved@example.com").orElseThrow().getUserId());
                assertTrue(em.findByUnique(User.class, "email", "second@example.com").isEmpty(), "the released value is free");
            });
        });
    }

    @Test
    void maxConcurrencyOne_sendsOneRequestAfterAnother_onTheCallersThread(@BackendEndpoint URI endpoint, @TableName String table) {
        withFactory(endpoint, table, 1, (bao, http) -> {
            List<Post> posts = posts(20, "sequential");
            inEntityManager(bao, em -> {
                http.holdEachRequest(Duration.ofMillis(2));
                em.persistAll(posts);
                posts.forEach(post -> post.setTitle("changed"));
                em.flush();
                http.holdEachRequest(Duration.ZERO);
            });
            assertEquals(40, http.requests().size());
            assertEquals(1, http.mostInFlight());
            assertEquals(Set.of(Thread.currentThread().getName()), threads(http.requests()));
        });
    }

    @Test
    void capacityLedger_ofAnOverlappedFlushAndPersistAll_equalsTheSequentialTotals(@BackendEndpoint URI endpoint,
                                                                                  @TableName String table) {
        ConsumedCapacity[] totals = new ConsumedCapacity[2];
        int[] concurrency = {1, CONCURRENCY};
        for (int run = 0; run < 2; run++) {
            int index = run;
            withFactory(endpoint, table, concurrency[run], (bao, http) -> {
                List<Post> posts = posts(30, "capacity " + index);
                inEntityManager(bao, em -> {
                    em.persistAll(posts);
                    posts.forEach(post -> post.setTitle("changed"));
                    em.flush();
                    totals[index] = em.consumedCapacity();
                    ConsumedCapacity perEntity = posts.stream().map(em::consumedCapacity).reduce(ConsumedCapacity.ZERO, ConsumedCapacity::plus);
                    assertEquals(totals[index], perEntity, "the per-entity shares add up to the ledger's total");
                });
            });
        }
        assertEquals(totals[0], totals[1], "maxConcurrency 1 vs " + CONCURRENCY);
        assertTrue(totals[1].writeUnits() > 0, totals[1]::toString);
    }

    @Test
    void persistAll_whereTwoKeysAreTaken_createsTheOthers_andNamesTheTwo(@BackendEndpoint URI endpoint, @TableName String table) {
        withFactory(endpoint, table, CONCURRENCY, (bao, http) -> {
            List<Post> existing = posts(2, "existing");
            inEntityManager(bao, em -> em.persistAll(existing));
            List<Post> batch = posts(10, "batch");
            Post taken1 = post("taken 1");
            taken1.setPostId(existing.get(0).getPostId());
            Post taken2 = post("taken 2");
            taken2.setPostId(existing.get(1).getPostId());
            batch.add(3, taken1);
            batch.add(8, taken2);
            inEntityManager(bao, em -> {
                FlushException failure = assertThrows(FlushException.class, () -> em.persistAll(batch));

                assertEquals(10, failure.writtenCount());
                assertEquals(List.of(taken1, taken2), failure.failures().stream().map(FlushException.Failure::entity).toList(),
                        "named in input order");
                failure.failures().forEach(failed -> assertInstanceOf(EntityExistsException.class, failed.cause()));
                assertFalse(em.contains(taken1));
                assertFalse(em.contains(taken2));
                assertEquals(10, batch.stream().filter(em::contains).count());
            });
            inEntityManager(bao, em -> assertEquals("existing 0", em.find(Post.class, existing.get(0).getPostId()).orElseThrow().getTitle()));
        });
    }

    @Test
    void persistAll_ofTwoUsersClaimingOneEmail_createsTheFirstInCollectionOrder(@BackendEndpoint URI endpoint,
                                                                                @TableName String table) {
        withFactory(endpoint, table, CONCURRENCY, (bao, http) -> {
            User winner = user("winner", "race@example.com");
            User loser = user("loser", "race@example.com");
            inEntityManager(bao, em -> {
                UniqueConstraintViolationException taken = assertThrows(UniqueConstraintViolationException.class,
                        () -> em.persistAll(List.of(winner, loser)));
                assertTrue(taken.getMessage().contains("race@example.com"), taken.getMessage());
                assertTrue(em.contains(winner));
                assertFalse(em.contains(loser));
            });
            inEntityManager(bao, em -> assertEquals(winner.getUserId(),
                    em.findByUnique(User.class, "email", "race@example.com").orElseThrow().getUserId()));
        });
    }

    @Test
    void persistAll_withAnInvalidEntity_sendsNothing(@BackendEndpoint URI endpoint, @TableName String table) {
        withFactory(endpoint, table, CONCURRENCY, (bao, http) -> {
            List<Post> batch = posts(5, "invalid");
            batch.get(2).setTitle(null);
            inEntityManager(bao, em -> {
                assertThrows(ValidationException.class, () -> em.persistAll(batch));
                assertEquals(0, http.requests().size(), "nothing is sent");
                assertTrue(batch.stream().noneMatch(em::contains));
            });
        });
    }

    @Test
    void persistAll_ofOneEntityTwice_isRefusedBeforeAnythingIsSent(@BackendEndpoint URI endpoint, @TableName String table) {
        withFactory(endpoint, table, CONCURRENCY, (bao, http) -> {
            Post post = post("twice");
            inEntityManager(bao, em -> {
                ValidationException twice = assertThrows(ValidationException.class, () -> em.persistAll(List.of(post, post)));
                assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
                assertEquals(0, http.requests().size());
            });
        });
    }

    @Test
    void upsertAll_of100Posts_keepsItsBatchWriteItemsInFlightTogether(@BackendEndpoint URI endpoint, @TableName String table) {
        withFactory(endpoint, table, CONCURRENCY, (bao, http) -> {
            List<Post> posts = posts(100, "bulk");
            inEntityManager(bao, em -> {
                http.holdEachRequest(ROUND_TRIP);
                em.upsertAll(posts);
                http.holdEachRequest(Duration.ZERO);
                assertEquals(4, http.requests("BatchWriteItem").size());
                assertTrue(http.mostInFlight() > 1, () -> "in flight at once: " + http.mostInFlight());
                assertTrue(posts.stream().allMatch(em::contains));
                http.reset();
                http.holdEachRequest(ROUND_TRIP);
                em.removeAll(Post.class, posts.stream().map(Post::getPostId).toList());
                http.holdEachRequest(Duration.ZERO);
                assertEquals(4, http.requests("BatchWriteItem").size());
                assertTrue(http.mostInFlight() > 1, () -> "in flight at once: " + http.mostInFlight());
            });
            inEntityManager(bao, em -> assertTrue(em.findAll(Post.class, posts.stream().map(Post::getPostId).toList()).items().isEmpty()));
        });
    }
}
