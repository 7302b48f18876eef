package dev.dynamobao.tck.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.BaoException;
import dev.dynamobao.Ref;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.query.Filter;
import dev.dynamobao.query.Page;
import dev.dynamobao.tck.model.Post;
import dev.dynamobao.tck.model.Tag;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.test.BaoTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Children of a parent through the index on the child's Ref field: the seed's {@code user.queryPosts()}. */
@BaoTest(entities = {User.class, Post.class, Tag.class})
class OneToManyTck {

    private static User user(BaoEntityManager em, String name) {
        User user = new User();
        user.setName(name);
        user.setEmail(name.toLowerCase().replace(" ", ".") + "-" + System.nanoTime() + "@example.com");
        em.persist(user);
        return user;
    }

    private static Post post(BaoEntityManager em, User user, String title, String content) {
        Post post = new Post();
        post.setUserId(Ref.of(user));
        post.setTitle(title);
        post.setContent(content);
        em.persist(post);
        return post;
    }

    @Test
    void seedQuickStart_queryPostsOfUser_withAndWithoutFilter(BaoEntityManagerFactory bao) {
        User user;
        try (BaoEntityManager em = bao.createEntityManager()) {
            user = user(em, "Test User");
            post(em, user, "Test Post 1", "This is a test post");
            post(em, user, "Test Post 2", "This is another test post");
            User other = user(em, "Other User");
            post(em, other, "Elsewhere", "This is another post of someone else");
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            User found = em.find(User.class, user.getUserId()).orElseThrow();
            Page<Post> userPosts = em.queryRelated(found, Post.class, "postsForUser").page();
            assertEquals(2, userPosts.count());
            List<Post> filtered = em.queryRelated(found, Post.class, "postsForUser")
                    .filter(Filter.contains("content", "another")).list();
            assertEquals(1, filtered.size());
            assertEquals("Test Post 2", filtered.get(0).getTitle());
        }
    }

    @Test
    void queryRelated_acceptsARef_andReturnsChildrenInIndexOrder(BaoEntityManagerFactory bao) throws InterruptedException {
        User user;
        try (BaoEntityManager em = bao.createEntityManager()) {
            user = user(em, "Ordered");
            for (int i = 1; i <= 5; i++) {
                post(em, user, "post " + i, "content " + i);
                Thread.sleep(3); // distinct createdAt values: the index sorts by them
            }
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            List<String> titles = em.queryRelated(Ref.to(User.class, user.getUserId()), Post.class, "postsForUser")
                    .descending().list().stream().map(Post::getTitle).toList();
            assertEquals(5, titles.size());
            assertEquals("post 5", titles.get(0));
            assertEquals("post 1", titles.get(4));
        }
    }

    @Test
    void children_referToTheParentInTheSameUnitOfWork(BaoEntityManagerFactory bao, RequestCounter requests) {
        User user;
        try (BaoEntityManager em = bao.createEntityManager()) {
            user = user(em, "Parent");
            post(em, user, "a", "x");
            post(em, user, "b", "y");
        }
        requests.reset();
        try (BaoEntityManager em = bao.createEntityManager()) {
            User parent = em.find(User.class, user.getUserId()).orElseThrow();
            List<Post> posts = em.queryRelated(parent, Post.class, "postsForUser").list();
            for (Post post : posts) {
                assertSame(parent, post.getUserId().get());
            }
        }
        assertEquals(1, requests.count(DynamoOperation.GET_ITEM));
        assertEquals(1, requests.count(DynamoOperation.QUERY));
        assertEquals(0, requests.count(DynamoOperation.BATCH_GET_ITEM));
    }

    @Test
    void queryRelated_withIndexNotReferencingTheParent_throws(BaoEntityManager em) {
        Tag tag = new Tag();
        tag.setName("t");
        em.persist(tag);
        BaoException wrongParent = assertThrows(BaoException.class, () -> em.queryRelated(tag, Post.class, "postsForUser"));
        assertTrue(wrongParent.getMessage().contains("Ref<Tag>"), wrongParent.getMessage());
        BaoException unknown = assertThrows(BaoException.class, () -> em.queryRelated(tag, Post.class, "postsForTag"));
        assertTrue(unknown.getMessage().contains("postsForUser"), unknown.getMessage());
    }
}
