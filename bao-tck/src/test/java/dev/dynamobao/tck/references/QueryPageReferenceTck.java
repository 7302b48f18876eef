package dev.dynamobao.tck.references;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.Ref;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.query.Page;
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
 * The N+1 scenario with a query: one page of 250 posts by 120 distinct authors, then every
 * author touched, costs 1 Query + 2 BatchGetItem — never 120 GetItem.
 */
@BaoTest(entities = {User.class, FeedPost.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPageReferenceTck {

    private static final int USERS = 120;
    private static final int POSTS = 250;

    private final List<String> userIds = new ArrayList<>();

    @BeforeAll
    void writeFeed(BaoEntityManagerFactory bao) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            for (int i = 0; i < USERS; i++) {
                User user = new User();
                user.setName("feed user " + i);
                user.setEmail("feed" + i + "@feed.example.com");
                em.persist(user);
                userIds.add(user.getUserId());
            }
            for (int i = 0; i < POSTS; i++) {
                FeedPost post = new FeedPost();
                post.setFeed("main");
                post.setAuthor(Ref.to(User.class, userIds.get(i % USERS)));
                post.setTitle(String.format("post %03d", i));
                em.persist(post);
            }
        }
    }

    @Test
    void onePageOf250Posts_andEveryAuthor_costOneQueryAndTwoBatchGets(BaoEntityManager em, RequestCounter requests) {
        Page<FeedPost> page = em.query(FeedPost.class).index("postsInFeed").partition("main").limit(POSTS).page();
        assertEquals(POSTS, page.items().size());
        assertEquals(1, requests.count(DynamoOperation.QUERY), requests::toString);

        Set<String> authors = new HashSet<>();
        for (FeedPost post : page.items()) {
            authors.add(post.getAuthor().get().getUserId());
        }

        assertEquals(USERS, authors.size());
        assertEquals(2, requests.count(DynamoOperation.BATCH_GET_ITEM), requests::toString);
        assertEquals(0, requests.count(DynamoOperation.GET_ITEM), requests::toString);
        assertEquals(3, requests.total(), requests::toString);
    }

    @Test
    void prefetchingTheAuthorsOfAPage_costsTheSame(BaoEntityManager em, RequestCounter requests) {
        List<FeedPost> posts = em.query(FeedPost.class).index("postsInFeed").partition("main").limit(POSTS).page().items();

        em.load(posts, FeedPost::getAuthor);
        posts.forEach(post -> post.getAuthor().get());

        assertEquals(3, requests.total(), requests::toString);
    }
}
