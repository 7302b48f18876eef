package dev.dynamobao.tck.references;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.Ref;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * The issue's comparison: 1,000 posts by 200 distinct authors, loaded with their authors through
 * the unit of work (1 Query page + 2 BatchGetItem) versus naively with one raw-SDK GetItem per
 * post and per author (2,000 requests). Request counts are asserted; wall times are logged, not
 * asserted (the test server is on loopback, with no network latency, so the gap understates reality).
 */
@BaoTest(entities = {User.class, FeedPost.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThousandPostsMeasurementTck {

    private static final Logger LOG = LoggerFactory.getLogger(ThousandPostsMeasurementTck.class);
    private static final int USERS = 200;
    private static final int POSTS = 1000;

    private final List<String> postIds = new ArrayList<>();

    @BeforeAll
    void writeFeed(BaoEntityManagerFactory bao) {
        List<String> userIds = new ArrayList<>();
        try (BaoEntityManager em = bao.createEntityManager()) {
            for (int batch = 0; batch < USERS; batch += 50) {
                int from = batch;
                em.transaction(tx -> {
                    for (int i = from; i < from + 50; i++) {
                        User user = new User();
                        user.setName("author " + i);
                        user.setEmail("author" + i + "@thousand.example.com");
                        tx.persist(user);
                        userIds.add(user.getUserId());
                    }
                });
            }
            for (int batch = 0; batch < POSTS; batch += 100) {
                int from = batch;
                em.transaction(tx -> {
                    for (int i = from; i < from + 100; i++) {
                        FeedPost post = new FeedPost();
                        post.setFeed("thousand");
                        post.setAuthor(Ref.to(User.class, userIds.get(i % USERS)));
                        post.setTitle(String.format("post %04d", i));
                        tx.persist(post);
                        postIds.add(post.getPostId());
                    }
                });
            }
        }
    }

    @Test
    void thousandPostsAndTheirAuthors_costOneQueryAndTwoBatchGets_insteadOfTwoThousandGets(
            BaoEntityManagerFactory bao, RequestCounter requests, DynamoDbClient client, @TableName String table) {
        for (int round = 0; round < 2; round++) {
            requests.reset();
            long start = System.nanoTime();
            Set<String> authors = new HashSet<>();
            try (BaoEntityManager em = bao.createEntityManager()) {
                List<FeedPost> posts = em.query(FeedPost.class).index("postsInFeed").partition("thousand").limit(POSTS).page().items();
                assertEquals(POSTS, posts.size());
                posts.forEach(post -> authors.add(post.getAuthor().get().getName()));
            }
            long batchedMicros = (System.nanoTime() - start) / 1000;
            assertEquals(USERS, authors.size());
            assertEquals(1, requests.count(DynamoOperation.QUERY), requests::toString);
            assertEquals(2, requests.count(DynamoOperation.BATCH_GET_ITEM), requests::toString);
            assertEquals(3, requests.total(), requests::toString);

            start = System.nanoTime();
            int naiveRequests = 0;
            Set<String> naiveAuthors = new HashSet<>();
            for (String postId : postIds) {
                Map<String, AttributeValue> post = get(client, table, "fp#" + postId, "fp");
                naiveRequests++;
                Map<String, AttributeValue> author = get(client, table, "u#" + post.get("author").s(), "u");
                naiveRequests++;
                naiveAuthors.add(author.get("name").s());
            }
            long naiveMicros = (System.nanoTime() - start) / 1000;
            assertEquals(2 * POSTS, naiveRequests);
            assertEquals(authors, naiveAuthors);
            LOG.info("round {}: unit of work {} requests in {} ms; naive GetItem {} requests in {} ms", round + 1,
                    requests.total(), batchedMicros / 1000.0, naiveRequests, naiveMicros / 1000.0);
        }
    }

    private static Map<String, AttributeValue> get(DynamoDbClient client, String table, String pk, String sk) {
        return client.getItem(GetItemRequest.builder().tableName(table)
                .key(Map.of("_pk", AttributeValue.fromS(pk), "_sk", AttributeValue.fromS(sk))).build()).item();
    }
}
