package dev.dynamobao.tck.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.DetachedReferenceException;
import dev.dynamobao.EntityNotFoundException;
import dev.dynamobao.Ref;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.tck.model.Post;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.test.BaoTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The N+1 scenario of the issue: 250 posts written by 120 distinct users. Loading the posts and
 * touching every author costs ceil(250/100) + ceil(120/100) = 3 + 2 BatchGetItem, never a GetItem.
 */
@BaoTest(entities = {User.class, Post.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LazyReferenceTck {

    private static final int USERS = 120;
    private static final int POSTS = 250;

    private final List<String> userIds = new ArrayList<>();
    private final List<String> postIds = new ArrayList<>();

    @BeforeAll
    void writePostsOfManyUsers(BaoEntityManagerFactory bao) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            for (int i = 0; i < USERS; i++) {
                User user = new User();
                user.setName("user " + i);
                user.setEmail("user" + i + "@refs.example.com");
                em.persist(user);
                userIds.add(user.getUserId());
            }
            for (int i = 0; i < POSTS; i++) {
                Post post = new Post();
                post.setUserId(Ref.to(User.class, userIds.get(i % USERS)));
                post.setTitle("post " + i);
                post.setContent("content " + i);
                em.persist(post);
                postIds.add(post.getPostId());
            }
        }
    }

    @Test
    void refId_neverTouchesTheDatabase(BaoEntityManager em, RequestCounter requests) {
        List<Post> posts = em.findAll(Post.class, postIds).items();
        requests.reset();
        Set<String> ids = new HashSet<>();
        for (Post post : posts) {
            ids.add(post.getUserId().id());
            assertFalse(post.getUserId().isLoaded());
        }
        assertEquals(USERS, ids.size());
        assertEquals(0, requests.total());
    }

    @Test
    void touchingEveryAuthor_costsTwoBatchGets_forAHundredAndTwentyUsers(BaoEntityManager em, RequestCounter requests) {
        List<Post> posts = em.findAll(Post.class, postIds).items();
        assertEquals(POSTS, posts.size());
        assertEquals(3, requests.count(DynamoOperation.BATCH_GET_ITEM), requests::toString);
        requests.reset();

        for (int i = 0; i < posts.size(); i++) {
            Post post = posts.get(i);
            User author = post.getUserId().get();
            assertEquals(post.getUserId().id(), author.getUserId());
            assertEquals(userIds.get(postIds.indexOf(post.getPostId()) % USERS), author.getUserId());
        }

        assertEquals(2, requests.count(DynamoOperation.BATCH_GET_ITEM), requests::toString);
        assertEquals(0, requests.count(DynamoOperation.GET_ITEM), requests::toString);
        assertEquals(2, requests.total(), requests::toString);
    }

    @Test
    void authorsOfTheSameUser_areOneInstance(BaoEntityManager em) {
        List<Post> posts = em.findAll(Post.class, List.of(postIds.get(0), postIds.get(USERS))).items();
        User first = posts.get(0).getUserId().get();
        assertSame(first, posts.get(1).getUserId().get());
        assertSame(first, em.find(User.class, first.getUserId()).orElseThrow());
    }

    @Test
    void explicitPrefetch_loadsEveryAuthorInTwoBatchGets(BaoEntityManager em, RequestCounter requests) {
        List<Post> posts = em.findAll(Post.class, postIds).items();
        requests.reset();

        em.load(posts, Post::getUserId);

        assertEquals(2, requests.count(DynamoOperation.BATCH_GET_ITEM), requests::toString);
        assertTrue(posts.stream().allMatch(post -> post.getUserId().isLoaded()));
        posts.forEach(post -> post.getUserId().get());
        assertEquals(2, requests.total(), requests::toString);
    }

    @Test
    void targetsAlreadyInTheIdentityMap_costNothing(BaoEntityManager em, RequestCounter requests) {
        em.findAll(User.class, userIds);
        List<Post> posts = em.findAll(Post.class, postIds).items();
        requests.reset();

        posts.forEach(post -> post.getUserId().get());

        assertEquals(0, requests.total(), requests::toString);
    }

    @Test
    void refGet_afterTheEntityManagerIsClosed_throwsDetachedNamingEntityAndField(BaoEntityManagerFactory bao,
                                                                                 RequestCounter requests) {
        Post post;
        try (BaoEntityManager em = bao.createEntityManager()) {
            post = em.find(Post.class, postIds.get(0)).orElseThrow();
        }
        requests.reset();

        DetachedReferenceException failure = assertThrows(DetachedReferenceException.class, () -> post.getUserId().get());

        assertTrue(failure.getMessage().contains("Post.userId"), failure.getMessage());
        assertTrue(failure.getMessage().contains(postIds.get(0)), failure.getMessage());
        assertTrue(failure.getMessage().contains("closed"), failure.getMessage());
        assertEquals(0, requests.total());
    }

    @Test
    void refGet_afterTheEntityManagerIsClosed_stillWorksForLoadedTargets(BaoEntityManagerFactory bao) {
        Post post;
        try (BaoEntityManager em = bao.createEntityManager()) {
            post = em.find(Post.class, postIds.get(1)).orElseThrow();
            em.load(List.of(post), Post::getUserId);
        }
        assertEquals(userIds.get(1), post.getUserId().get().getUserId());
    }

    @Test
    void refGet_onAReferenceNeverAttached_throwsDetachedNamingTheTarget(RequestCounter requests) {
        Ref<User> ref = Ref.to(User.class, userIds.get(0));

        DetachedReferenceException failure = assertThrows(DetachedReferenceException.class, ref::get);

        assertTrue(failure.getMessage().contains("Ref<User>"), failure.getMessage());
        assertTrue(failure.getMessage().contains(userIds.get(0)), failure.getMessage());
        assertTrue(failure.getMessage().contains("not attached"), failure.getMessage());
        assertEquals(0, requests.total());
    }

    @Test
    void refToAMissingTarget_findIsEmpty_andGetNamesTheOwner(BaoEntityManager em) {
        Post orphan = new Post();
        orphan.setUserId(Ref.to(User.class, "01ARZ3NDEKTSV4RRFFQ69G5FAV"));
        orphan.setTitle("orphan");
        orphan.setContent("no author");
        em.persist(orphan);
        em.clear();
        Post loaded = em.find(Post.class, orphan.getPostId()).orElseThrow();

        assertTrue(loaded.getUserId().find().isEmpty());
        EntityNotFoundException failure = assertThrows(EntityNotFoundException.class, () -> loaded.getUserId().get());
        assertTrue(failure.getMessage().contains("Post.userId"), failure.getMessage());
    }
}
