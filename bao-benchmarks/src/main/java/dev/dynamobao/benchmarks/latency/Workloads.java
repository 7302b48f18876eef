package dev.dynamobao.benchmarks.latency;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoOperations;
import dev.dynamobao.BatchFindResult;
import dev.dynamobao.Ref;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The workloads of issue 20's latency table, each through the public API as a new user would
 * write it, plus the raw SDK beside them. Each checks what it read, so a stub that answered
 * wrongly would fail the run rather than look fast.
 */
public final class Workloads {

    /**
     * {@code BaoOperations.persistAll(Collection)}, looked up at run time so that this benchmark runs
     * on builds from before the overlapped creates of issue 20 (item 2) as well, without their rows.
     */
    private static final Method PERSIST_ALL = persistAllMethod();

    private Workloads() {
    }

    /**
     * The rows of the table, in the issue's order.
     *
     * @param concurrency the library's concurrency setting {@code c}
     */
    public static List<Workload> all(int concurrency) {
        List<Workload> rows = new ArrayList<>();
        rows.add(new Workload("persist 100 posts (one `em.persist` each)", concurrency, true, rig -> persistPosts(rig, 100)));
        if (PERSIST_ALL != null) {
            rows.add(new Workload("persist 100 posts with `em.persistAll`", concurrency, true, rig -> persistAllPosts(rig, 100)));
        }
        rows.add(new Workload("persist 50 users with a unique e-mail (one `em.persist` each)", concurrency, true,
                rig -> persistUsers(rig, 50)));
        if (PERSIST_ALL != null) {
            rows.add(new Workload("persist 50 users with a unique e-mail with `em.persistAll`", concurrency, true,
                    rig -> persistAllUsers(rig, 50)));
        }
        rows.addAll(List.of(
                new Workload("`flush()` of 100 changed posts", concurrency, true, rig -> flushChangedPosts(rig, 100)),
                new Workload("query 250 posts, then each post's author (120 distinct) via `em.load`", concurrency, false,
                        rig -> queryPostsThenAuthors(rig, 250, 120)),
                new Workload("`findAll` of 300 users", concurrency, true, rig -> findAllUsers(rig, 300)),
                new Workload("`iterateAll` over 470 users in 10 buckets", concurrency, true, rig -> iterateUsers(rig, 470)),
                new Workload("bulk `upsertAll` of 100 posts", concurrency, false, rig -> upsertPosts(rig, 100)),
                new Workload("raw SDK: 100 PutItem one after another", 1, false, rig -> rawPuts(rig, 100, 1)),
                new Workload("raw SDK: 100 PutItem from 32 threads", 32, false, rig -> rawPuts(rig, 100, 32))));
        return List.copyOf(rows);
    }

    private static Method persistAllMethod() {
        try {
            return BaoOperations.class.getMethod("persistAll", Collection.class);
        } catch (NoSuchMethodException absent) {
            return null;
        }
    }

    private static void persistAll(BaoEntityManager em, Collection<?> entities) {
        try {
            PERSIST_ALL.invoke(em, entities);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("persistAll failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Runnable persistAllPosts(LatencyRig rig, int count) {
        Ref<LatencyUser> author = Ref.to(LatencyUser.class, seedUsers(rig, 1).get(0));
        List<LatencyPost> posts = newPosts(author, count);
        return () -> {
            try (BaoEntityManager em = rig.bao().createEntityManager()) {
                persistAll(em, posts);
            }
            expectItems(rig, count + 2, "posts persisted");
        };
    }

    private static Runnable persistAllUsers(LatencyRig rig, int count) {
        List<LatencyUser> users = newUsers(count);
        return () -> {
            try (BaoEntityManager em = rig.bao().createEntityManager()) {
                persistAll(em, users);
            }
            expectItems(rig, 2 * count, "users and their e-mail claims");
        };
    }

    private static Runnable persistPosts(LatencyRig rig, int count) {
        Ref<LatencyUser> author = Ref.to(LatencyUser.class, seedUsers(rig, 1).get(0));
        List<LatencyPost> posts = newPosts(author, count);
        return () -> {
            try (BaoEntityManager em = rig.bao().createEntityManager()) {
                posts.forEach(em::persist);
            }
            expectItems(rig, count + 2, "posts persisted");
        };
    }

    private static Runnable persistUsers(LatencyRig rig, int count) {
        List<LatencyUser> users = newUsers(count);
        return () -> {
            try (BaoEntityManager em = rig.bao().createEntityManager()) {
                users.forEach(em::persist);
            }
            expectItems(rig, 2 * count, "users and their e-mail claims");
        };
    }

    private static Runnable flushChangedPosts(LatencyRig rig, int count) {
        List<String> ids = seedPosts(rig, seedUsers(rig, 1), count, "flush");
        BaoEntityManager em = rig.closeLater(rig.bao().createEntityManager());
        List<LatencyPost> posts = em.findAll(LatencyPost.class, ids).items();
        expect(posts.size(), count, "posts loaded before the flush");
        for (LatencyPost post : posts) {
            post.setTitle(post.getTitle() + " (edited)");
        }
        return em::flush;
    }

    private static Runnable queryPostsThenAuthors(LatencyRig rig, int postCount, int authorCount) {
        List<String> authors = seedUsers(rig, authorCount);
        seedPosts(rig, authors, postCount, "news");
        return () -> {
            try (BaoEntityManager em = rig.bao().createEntityManager()) {
                List<LatencyPost> posts = em.query(LatencyPost.class).index("postsByTopic").partition("news").list();
                em.load(posts, LatencyPost::getAuthor);
                expect(posts.size(), postCount, "posts of the topic");
                Set<String> names = new HashSet<>();
                for (LatencyPost post : posts) {
                    if (!post.getAuthor().isLoaded()) {
                        throw new IllegalStateException("author of " + post.getPostId() + " not loaded by em.load");
                    }
                    names.add(post.getAuthor().get().getName());
                }
                expect(names.size(), authorCount, "distinct authors");
            }
        };
    }

    private static Runnable findAllUsers(LatencyRig rig, int count) {
        List<String> ids = seedUsers(rig, count);
        return () -> {
            try (BaoEntityManager em = rig.bao().createEntityManager()) {
                BatchFindResult<LatencyUser> found = em.findAll(LatencyUser.class, ids);
                expect(found.items().size(), count, "users found");
            }
        };
    }

    private static Runnable iterateUsers(LatencyRig rig, int count) {
        seedUsers(rig, count);
        return () -> {
            try (BaoEntityManager em = rig.bao().createEntityManager();
                 Stream<List<LatencyUser>> batches = em.iterateAll(LatencyUser.class, 100)) {
                long seen = batches.mapToLong(List::size).sum();
                expect((int) seen, count, "users iterated");
            }
        };
    }

    private static Runnable upsertPosts(LatencyRig rig, int count) {
        List<LatencyPost> posts = newPosts(Ref.to(LatencyUser.class, seedUsers(rig, 1).get(0)), count);
        return () -> {
            try (BaoEntityManager em = rig.bao().createEntityManager()) {
                em.upsertAll(posts);
            }
            expectItems(rig, count + 2, "posts upserted");
        };
    }

    private static Runnable rawPuts(LatencyRig rig, int count, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        rig.closeLater(pool::shutdownNow);
        AtomicLong sequence = new AtomicLong();
        Runnable put = () -> {
            long n = sequence.incrementAndGet();
            rig.client().putItem(request -> request.tableName(LatencyRig.TABLE).item(Map.of(
                    "_pk", AttributeValue.fromS("r#" + n), "_sk", AttributeValue.fromS("r"),
                    "title", AttributeValue.fromS("post " + n),
                    "content", AttributeValue.fromS("a few words of text in post number " + n),
                    "createdAt", AttributeValue.fromN(Long.toString(System.currentTimeMillis())))));
        };
        return () -> {
            if (threads == 1) {
                for (int i = 0; i < count; i++) {
                    put.run();
                }
            } else {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    done.add(pool.submit(put));
                }
                for (Future<?> future : done) {
                    try {
                        future.get();
                    } catch (Exception e) {
                        throw new IllegalStateException("a raw PutItem failed", e);
                    }
                }
            }
            expectItems(rig, count, "raw items");
        };
    }

    /** Persists {@code count} users with no delay; returns their ids. */
    private static List<String> seedUsers(LatencyRig rig, int count) {
        List<LatencyUser> users = newUsers(count);
        try (BaoEntityManager em = rig.bao().createEntityManager()) {
            users.forEach(em::persist);
        }
        return users.stream().map(LatencyUser::getUserId).toList();
    }

    /** Persists {@code count} posts in {@code topic}, authors taken in turn from {@code authorIds}; returns their ids. */
    private static List<String> seedPosts(LatencyRig rig, List<String> authorIds, int count, String topic) {
        List<LatencyPost> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            posts.add(new LatencyPost(Ref.to(LatencyUser.class, authorIds.get(i % authorIds.size())), topic, "post " + i,
                    "a few words of text in post number " + i));
        }
        try (BaoEntityManager em = rig.bao().createEntityManager()) {
            posts.forEach(em::persist);
        }
        return posts.stream().map(LatencyPost::getPostId).toList();
    }

    private static List<LatencyPost> newPosts(Ref<LatencyUser> author, int count) {
        List<LatencyPost> posts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            posts.add(new LatencyPost(author, "news", "post " + i, "a few words of text in post number " + i));
        }
        return posts;
    }

    private static List<LatencyUser> newUsers(int count) {
        List<LatencyUser> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            users.add(new LatencyUser("user " + i, "user" + i + "@example.com"));
        }
        return users;
    }

    private static void expectItems(LatencyRig rig, int count, String what) {
        expect(rig.http().dynamo().itemCount(LatencyRig.TABLE), count, what + " (items in the stub table)");
    }

    private static void expect(int actual, int expected, String what) {
        if (actual != expected) {
            throw new IllegalStateException(what + ": expected " + expected + ", got " + actual);
        }
    }
}
