package dev.dynamobao.tck.unitofwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.BaoException;
import dev.dynamobao.Ref;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.tck.model.Post;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.test.BaoTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code findAsync} records finds and sends them as one {@code BatchGetItem} when the calling
 * thread first waits on one of the futures or calls the entity manager synchronously.
 */
@BaoTest(entities = {User.class, Post.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsyncFindTck {

    private final List<String> userIds = new ArrayList<>();
    private final List<String> postIds = new ArrayList<>();

    @BeforeAll
    void writeUsersAndPosts(BaoEntityManagerFactory bao) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            for (int i = 0; i < 150; i++) {
                User user = new User();
                user.setName("async " + i);
                user.setEmail("async" + i + "@async.example.com");
                em.persist(user);
                userIds.add(user.getUserId());
            }
            for (int i = 0; i < 5; i++) {
                Post post = new Post();
                post.setUserId(Ref.to(User.class, userIds.get(i)));
                post.setTitle("async post " + i);
                post.setContent("c");
                em.persist(post);
                postIds.add(post.getPostId());
            }
        }
    }

    @Test
    void fiftyFindAsync_thenJoin_costOneBatchGet(BaoEntityManager em, RequestCounter requests) {
        List<CompletableFuture<Optional<User>>> futures = new ArrayList<>();
        for (String id : userIds.subList(0, 50)) {
            futures.add(em.findAsync(User.class, id));
        }
        assertEquals(0, requests.total(), "findAsync only records the key");
        assertFalse(futures.get(49).isDone());

        List<User> users = futures.stream().map(CompletableFuture::join).map(Optional::orElseThrow).toList();

        assertEquals(1, requests.count(DynamoOperation.BATCH_GET_ITEM), requests::toString);
        assertEquals(1, requests.total(), requests::toString);
        for (int i = 0; i < 50; i++) {
            assertEquals(userIds.get(i), users.get(i).getUserId());
            assertSame(users.get(i), em.find(User.class, userIds.get(i)).orElseThrow(), "the identity map holds them");
        }
        assertEquals(1, requests.total(), requests::toString);
    }

    @Test
    void aHundredAndFiftyFindAsync_costTwoBatchGets(BaoEntityManager em, RequestCounter requests) {
        List<CompletableFuture<Optional<User>>> futures = userIds.stream().map(id -> em.findAsync(User.class, id)).toList();

        futures.get(0).join();

        assertEquals(2, requests.count(DynamoOperation.BATCH_GET_ITEM), requests::toString);
        assertTrue(futures.stream().allMatch(CompletableFuture::isDone));
    }

    @Test
    void findAsyncOfDifferentModels_shareOneBatchGet(BaoEntityManager em, RequestCounter requests) {
        CompletableFuture<Optional<User>> user = em.findAsync(User.class, userIds.get(0));
        CompletableFuture<Optional<Post>> post = em.findAsync(Post.class, postIds.get(0));

        assertEquals(postIds.get(0), post.join().orElseThrow().getPostId());
        assertEquals(userIds.get(0), user.join().orElseThrow().getUserId());
        assertEquals(1, requests.total(), requests::toString);
    }

    @Test
    void theSameKeyTwice_isReadOnce_andGivesOneInstance(BaoEntityManager em, RequestCounter requests) {
        CompletableFuture<Optional<User>> first = em.findAsync(User.class, userIds.get(3));
        CompletableFuture<Optional<User>> second = em.findAsync(User.class, userIds.get(3));

        assertSame(first.join().orElseThrow(), second.join().orElseThrow());
        assertEquals(1, requests.total(), requests::toString);
    }

    @Test
    void findAsyncOfAManagedEntity_isCompletedAtOnce_withoutARequest(BaoEntityManager em, RequestCounter requests) {
        User user = em.find(User.class, userIds.get(4)).orElseThrow();
        requests.reset();

        CompletableFuture<Optional<User>> future = em.findAsync(User.class, userIds.get(4));

        assertTrue(future.isDone());
        assertSame(user, future.join().orElseThrow());
        assertEquals(0, requests.total());
    }

    @Test
    void findAsyncOfAMissingId_completesEmpty(BaoEntityManager em) {
        assertTrue(em.findAsync(User.class, "01ARZ3NDEKTSV4RRFFQ69G5FAV").join().isEmpty());
    }

    @Test
    void aSynchronousCall_sendsTheRecordedFindsFirst(BaoEntityManager em, RequestCounter requests) {
        CompletableFuture<Optional<User>> a = em.findAsync(User.class, userIds.get(5));
        CompletableFuture<Optional<User>> b = em.findAsync(User.class, userIds.get(6));

        em.find(User.class, userIds.get(7));

        assertTrue(a.isDone() && b.isDone());
        assertEquals(1, requests.count(DynamoOperation.BATCH_GET_ITEM), requests::toString);
        assertEquals(1, requests.count(DynamoOperation.GET_ITEM), requests::toString);
    }

    @Test
    void derivedFutures_sendTheBatchWhenJoined(BaoEntityManager em, RequestCounter requests) {
        CompletableFuture<String> name = em.findAsync(User.class, userIds.get(8)).thenApply(user -> user.orElseThrow().getName());

        assertEquals("async 8", name.join());
        assertEquals(1, requests.total(), requests::toString);
    }

    @Test
    void thenCompose_chainsTwoBatches_onTheCallingThread(BaoEntityManager em, RequestCounter requests) {
        List<CompletableFuture<User>> authors = new ArrayList<>();
        for (String postId : postIds) {
            authors.add(em.findAsync(Post.class, postId)
                    .thenCompose(post -> em.findAsync(User.class, post.orElseThrow().getUserId().id()))
                    .thenApply(Optional::orElseThrow));
        }

        for (int i = 0; i < postIds.size(); i++) {
            assertEquals(userIds.get(i), authors.get(i).join().getUserId());
        }
        assertEquals(2, requests.count(DynamoOperation.BATCH_GET_ITEM), "one batch of posts, one of their authors");
        assertEquals(2, requests.total(), requests::toString);
    }

    @Test
    void aCallbackWaitingOnASiblingFuture_doesNotDeadlock(BaoEntityManager em, RequestCounter requests) {
        CompletableFuture<Optional<User>> first = em.findAsync(User.class, userIds.get(10));
        CompletableFuture<Optional<User>> second = em.findAsync(User.class, userIds.get(11));
        CompletableFuture<String> both = first.thenApply(user -> user.orElseThrow().getName() + "+"
                + second.join().orElseThrow().getName());

        assertEquals("async 10+async 11", both.join());
        assertEquals(1, requests.total(), requests::toString);
    }

    @Test
    void anotherThreadWaiting_neverSendsTheBatch_theIssuingThreadDoes(BaoEntityManager em, RequestCounter requests)
            throws Exception {
        CompletableFuture<Optional<User>> future = em.findAsync(User.class, userIds.get(12));
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> waiting = other.submit(() -> assertThrows(TimeoutException.class,
                    () -> future.get(100, TimeUnit.MILLISECONDS)));
            waiting.get(5, TimeUnit.SECONDS);
            assertEquals(0, requests.total(), "a foreign thread must not use the entity manager");

            assertEquals(userIds.get(12), future.join().orElseThrow().getUserId());
            assertEquals(1, requests.total(), requests::toString);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void closingBeforeJoining_failsTheFuture_withoutARequest(BaoEntityManagerFactory bao, RequestCounter requests) {
        CompletableFuture<Optional<User>> future;
        try (BaoEntityManager em = bao.createEntityManager()) {
            future = em.findAsync(User.class, userIds.get(13));
        }

        CompletionException failure = assertThrows(CompletionException.class, future::join);

        assertInstanceOf(BaoException.class, failure.getCause());
        assertTrue(failure.getCause().getMessage().contains("closed"), failure.getCause().getMessage());
        assertEquals(0, requests.total());
    }

    @Test
    void capacityOfTheBatch_isChargedToTheUnitOfWork(BaoEntityManager em, RequestCounter requests) {
        List<CompletableFuture<Optional<User>>> futures = userIds.subList(20, 30).stream()
                .map(id -> em.findAsync(User.class, id)).toList();
        User user = futures.get(0).join().orElseThrow();

        assertEquals(requests.capacity().readUnits(), em.consumedCapacity().readUnits(), 1e-9);
        assertTrue(em.consumedCapacity(user).readUnits() > 0, () -> "capacity " + em.consumedCapacity(user));
    }
}
