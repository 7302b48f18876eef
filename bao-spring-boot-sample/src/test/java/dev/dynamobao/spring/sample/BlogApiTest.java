package dev.dynamobao.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.spring.sample.blog.Post;
import dev.dynamobao.spring.sample.blog.User;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sample over real HTTP (embedded Tomcat on a loopback port) against the test kit's DynamoDB
 * server: request counts per HTTP request, isolation of concurrent requests, flush and discard,
 * metrics and health.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1", "dynamobao.ensure-table=true"})
@Import({ProbeController.class, BlogApiTest.Counting.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlogApiTest {

    private static final int AUTHORS = 5;
    private static final int POSTS = 50;

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        SharedServer.register(registry, "blog-api-test");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {
        @Bean
        RequestCounter requestCounter() {
            return new RequestCounter();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    BaoEntityManagerFactory factory;
    @Autowired
    RequestCounter counter;
    @Autowired
    MeterRegistry meters;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<User> authors = new ArrayList<>();
    private final List<Post> posts = new ArrayList<>();

    @BeforeAll
    void blog() {
        factory.runInUnitOfWork(em -> {
            for (int i = 0; i < AUTHORS; i++) {
                User author = new User("Author " + i, "author" + i + "@example.com");
                em.persist(author);
                authors.add(author);
            }
        });
        for (int i = 0; i < POSTS; i++) {
            User author = authors.get(i % AUTHORS);
            int n = i;
            factory.runInUnitOfWork(em -> {
                Post post = new Post(author, "Post " + n, "Text " + n);
                em.persist(post);
                posts.add(post);
            });
        }
    }

    @Test
    void listingFiftyPostsWithAuthors_sendsOneQueryAndOneBatchGetPerRequest() throws Exception {
        counter.reset();
        HttpResponse<String> response = get("/posts?limit=50");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(count(response.body(), "\"postId\"")).isEqualTo(POSTS);
        assertThat(response.body()).contains("Author 0").contains("Author 4");
        assertThat(counter.count(DynamoOperation.QUERY)).isEqualTo(1);
        assertThat(counter.count(DynamoOperation.BATCH_GET_ITEM)).isEqualTo(1);
        assertThat(counter.total()).isEqualTo(2);
    }

    @Test
    void concurrentRequests_eachBatchInItsOwnUnitOfWork_andShareNothing() throws Exception {
        int requests = 8;
        HistogramSnapshot before = requestsPerUnitOfWork();
        counter.reset();
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Callable<HttpResponse<String>> call = () -> {
                    start.await();
                    return get("/posts?limit=50");
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(count(response.body(), "\"postId\"")).isEqualTo(POSTS);
            }
        } finally {
            pool.shutdownNow();
        }
        // no request reused another's loads: each sent its own Query and its own BatchGetItem
        assertThat(counter.count(DynamoOperation.QUERY)).isEqualTo(requests);
        assertThat(counter.count(DynamoOperation.BATCH_GET_ITEM)).isEqualTo(requests);
        assertThat(counter.total()).isEqualTo(2L * requests);
        HistogramSnapshot after = requestsPerUnitOfWork();
        assertThat(after.count() - before.count()).isEqualTo(requests);
        assertThat(after.total() - before.total()).isEqualTo(2.0 * requests);
        assertThat(after.max()).isLessThanOrEqualTo(2.0);
    }

    @Test
    void aFlushOfTwentyPostsInOneRequest_countsEveryUpdateForThatRequest_whicheverThreadSentIt() throws Exception {
        HistogramSnapshot before = requestsPerUnitOfWork();
        counter.reset();
        HttpResponse<String> response = send("PUT", "/probe/posts/recent/retitle?count=20&title=Overlapped", "");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("20");
        // one Query, then the flush: 20 UpdateItems in flight together (maxConcurrency 16 by default)
        assertThat(counter.count(DynamoOperation.QUERY)).isEqualTo(1);
        assertThat(counter.count(DynamoOperation.UPDATE_ITEM)).isEqualTo(20);
        HistogramSnapshot after = requestsPerUnitOfWork();
        assertThat(after.count() - before.count()).isEqualTo(1);
        assertThat(after.total() - before.total()).isEqualTo(21.0);
    }

    @Test
    void theSameUserTwiceInOneRequest_isReadOnce_butEveryRequestReadsItAgain() throws Exception {
        String userId = authors.get(0).getUserId();
        counter.reset();
        HttpResponse<String> twice = get("/probe/users/" + userId + "/twice");
        assertThat(twice.body()).contains("\"sameInstance\":true");
        assertThat(counter.count(DynamoOperation.GET_ITEM)).isEqualTo(1);
        get("/users/" + userId);
        get("/users/" + userId);
        assertThat(counter.count(DynamoOperation.GET_ITEM)).isEqualTo(3);
    }

    @Test
    void changesOfAHandlerThatReturns_areFlushedBeforeTheResponse() throws Exception {
        Post post = posts.get(1);
        counter.reset();
        HttpResponse<String> response = send("PUT", "/posts/" + post.getPostId(), "{\"title\":\"Renamed\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"title\":\"Renamed\"");
        // GetItem of the post, BatchGetItem of its author (a lazy Ref, for the answer), one UpdateItem at the end
        assertThat(counter.count(DynamoOperation.GET_ITEM)).as(counter.toString()).isEqualTo(1);
        assertThat(counter.count(DynamoOperation.BATCH_GET_ITEM)).as(counter.toString()).isEqualTo(1);
        assertThat(counter.count(DynamoOperation.UPDATE_ITEM)).isEqualTo(1);
        assertThat(counter.total()).isEqualTo(3);
        assertThat(titleOf(post)).isEqualTo("Renamed");
    }

    @Test
    void aFlushThatFailsAfterTheHandlerReturned_isAnErrorResponse_notTheHandlersAnswer() throws Exception {
        Post post = posts.get(3);
        HttpResponse<String> response = send("PUT", "/probe/posts/" + post.getPostId() + "/conflict", "");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("handler returned");
        assertThat(titleOf(post)).isEqualTo("from another unit of work");
        assertThat(meters.get("dynamobao.unit.of.work").tag("outcome", "failed").timer().count()).isEqualTo(1);
    }

    @Test
    void changesOfAHandlerThatThrows_areNotFlushed_evenWhenAnExceptionHandlerAnswers() throws Exception {
        Post post = posts.get(2);
        String title = titleOf(post);
        counter.reset();
        assertThat(send("PUT", "/probe/posts/" + post.getPostId() + "/handled-failure", "").statusCode()).isEqualTo(409);
        assertThat(send("PUT", "/probe/posts/" + post.getPostId() + "/unhandled-failure", "").statusCode()).isEqualTo(500);
        assertThat(counter.count(DynamoOperation.UPDATE_ITEM) + counter.count(DynamoOperation.TRANSACT_WRITE_ITEMS)
                + counter.count(DynamoOperation.PUT_ITEM)).isZero();
        assertThat(titleOf(post)).isEqualTo(title);
        assertThat(meters.get("dynamobao.unit.of.work").tag("outcome", "discarded").timer().count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void creatingThroughTheApi_persistsWithinTheRequest() throws Exception {
        HttpResponse<String> created = send("POST", "/users", "{\"name\":\"Ann\",\"email\":\"ann@example.com\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String userId = created.body().replaceAll(".*\"userId\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> post = send("POST", "/users/" + userId + "/posts", "{\"title\":\"Hi\",\"content\":\"First\"}");
        assertThat(post.statusCode()).isEqualTo(201);
        assertThat(get("/users/" + userId + "/posts").body()).contains("\"title\":\"Hi\"").contains("\"name\":\"Ann\"");
    }

    @Test
    void metrics_recordEachRequestByOperationModelAndOutcome() throws Exception {
        get("/posts?limit=50");
        assertThat(meters.get("dynamobao.requests").tags("operation", "Query", "model", "Post", "outcome", "success")
                .timer().count()).isPositive();
        assertThat(meters.get("dynamobao.requests").tags("operation", "BatchGetItem", "model", "User", "outcome", "success")
                .timer().count()).isPositive();
        assertThat(meters.get("dynamobao.capacity.read").tags("operation", "Query", "model", "Post").counter().count())
                .isPositive();
        assertThat(meters.get("dynamobao.capacity.read").tags("operation", "BatchGetItem", "model", "User").counter().count())
                .isPositive();
        HttpResponse<String> actuator = get("/actuator/metrics/dynamobao.requests?tag=operation:Query&tag=model:Post");
        assertThat(actuator.statusCode()).isEqualTo(200);
        assertThat(actuator.body()).contains("\"name\":\"dynamobao.requests\"").contains("COUNT");
    }

    @Test
    void metrics_recordWriteCapacityOfEachModel() throws Exception {
        send("PUT", "/posts/" + posts.get(4).getPostId(), "{\"title\":\"Counted\"}");
        assertThat(meters.get("dynamobao.capacity.write").tags("operation", "UpdateItem", "model", "Post").counter().count())
                .isPositive();
        assertThat(meters.get("dynamobao.unit.of.work").tag("outcome", "flushed").timer().count()).isPositive();
    }

    @Test
    void health_isUpWithTheTableActive() throws Exception {
        HttpResponse<String> health = get("/actuator/health/dynamobao");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"table\":\"blog-api-test\"")
                .contains("\"status\":\"ACTIVE\"");
    }

    private String titleOf(Post post) {
        return factory.callInUnitOfWork(em -> em.find(Post.class, post.getPostId()).orElseThrow().getTitle());
    }

    private HistogramSnapshot requestsPerUnitOfWork() {
        var summary = meters.find("dynamobao.unit.of.work.requests").tag("outcome", "flushed").summary();
        return summary == null ? HistogramSnapshot.empty(0, 0, 0) : summary.takeSnapshot();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int count(String text, String token) {
        int count = 0;
        for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
            count++;
        }
        return count;
    }
}
