package dev.dynamobao.samples.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.samples.quickstart.Post;
import dev.dynamobao.samples.quickstart.Post_;
import dev.dynamobao.samples.quickstart.QuickStart;
import dev.dynamobao.samples.quickstart.User;
import dev.dynamobao.samples.quickstart.User_;
import dev.dynamobao.test.BackendEndpoint;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * Java and dynamo-bao 0.4.2 (JavaScript, from npm) share one table on the test backend (the moto
 * server of {@code @BaoTest}): each reads, queries and updates what the other wrote, using the
 * quick start's {@code User} and {@code Post} models on both sides ({@code src/test/js/models.yaml}).
 * Part of {@code mvn -B verify}: installs the JavaScript side with {@code npm ci} when needed; without
 * Node the class is skipped with one line ({@link NodeScript#NO_NODE}), and fails when {@code CI=true}.
 */
@BaoTest(entities = {User.class, Post.class})
class JavaScriptInteropTest {

    private static final Logger LOG = LoggerFactory.getLogger(JavaScriptInteropTest.class);
    private static final String QUICK_START_EMAIL = "test@example.com";

    private static DynamoDbClient client;
    private static String table;
    private static BaoEntityManagerFactory bao;
    private static NodeScript js;

    @BeforeAll
    static void installDynamoBaoJs(BaoEntityManagerFactory factory, DynamoDbClient backendClient,
            @TableName String tableName, @BackendEndpoint URI endpoint) {
        Optional<String> node = NodeScript.nodeVersion();
        if (node.isEmpty()) {
            assertFalse("true".equalsIgnoreCase(System.getenv("CI")), NodeScript.NO_NODE_IN_CI);
            LOG.warn(NodeScript.NO_NODE);
            Assumptions.abort(NodeScript.NO_NODE);
        }
        Path jsDirectory = Path.of(System.getProperty("bao.interop.jsDir", "src/test/js")).toAbsolutePath();
        NodeScript.install(jsDirectory);
        client = backendClient;
        table = tableName;
        bao = factory;
        js = new NodeScript(jsDirectory, endpoint, table);
    }

    @Test
    void quickStartWrittenByJava_isFoundQueriedAndFilteredByDynamoBaoJs() {
        List<String> printed = runQuickStart();
        String userId = printed.get(1).substring("Created user: ".length());

        User user;
        Map<String, Post> javaPosts;
        try (BaoEntityManager em = bao.createEntityManager()) {
            user = User_.findByEmail(em, QUICK_START_EMAIL).orElseThrow();
            javaPosts = Post_.queryPosts(em, user).list().stream()
                    .collect(Collectors.toMap(Post::getPostId, Function.identity()));
        }
        assertEquals(userId, user.getUserId());
        assertEquals(2, javaPosts.size());

        JsonNode read = js.run("read-user", QUICK_START_EMAIL);

        assertTrue(bool(read, "found"), () -> "dynamo-bao did not find the user by email: " + read);
        JsonNode jsUser = field(read, "user");
        assertEquals(userId, text(jsUser, "userId"));
        assertEquals(userId, text(jsUser, "primaryId"));
        assertEquals("Test User", text(jsUser, "name"));
        assertEquals(QUICK_START_EMAIL, text(jsUser, "email"));
        assertEquals("user", text(jsUser, "role"));
        assertEquals("https://example.com/profile.jpg", text(jsUser, "profilePictureUrl"));
        assertEquals(user.getCreatedAt().toEpochMilli(), number(jsUser, "createdAt"));
        assertEquals(user.getModifiedAt().toEpochMilli(), number(jsUser, "modifiedAt"));

        assertEquals(2, number(read, "postCount"), () -> "user.queryPosts() from JS: " + read);
        assertEquals(1, number(read, "filteredCount"), () -> "filtered user.queryPosts() from JS: " + read);
        assertEquals(List.of("Test Post 2"), texts(field(read, "filteredTitles")));

        List<JsonNode> jsPosts = field(read, "posts").asArray();
        assertEquals(javaPosts.keySet(), jsPosts.stream().map(p -> text(p, "postId")).collect(Collectors.toSet()));
        for (JsonNode jsPost : jsPosts) {
            Post javaPost = javaPosts.get(text(jsPost, "postId"));
            assertEquals(javaPost.getPostId(), text(jsPost, "primaryId"));
            assertEquals(userId, text(jsPost, "userId"));
            assertEquals(javaPost.getTitle(), text(jsPost, "title"));
            assertEquals(javaPost.getContent(), text(jsPost, "content"));
            assertEquals(javaPost.getCreatedAt().toEpochMilli(), number(jsPost, "createdAt"));
            assertEquals(javaPost.getVersion(), text(jsPost, "storedVersion"), "version attribute as stored by Java");
            assertEquals(javaPost.getVersion(), text(jsPost, "version"), "version as dynamo-bao reads it");
            assertTrue(bool(jsPost, "ownerFound"), () -> "post.getUser() in JS found no user: " + jsPost);
            assertEquals(QUICK_START_EMAIL, text(jsPost, "ownerEmail"));
        }
        assertEquals(Set.of("Test Post 1", "Test Post 2"),
                jsPosts.stream().map(p -> text(p, "title")).collect(Collectors.toSet()));
    }

    @Test
    void postWrittenByDynamoBaoJs_isFoundQueriedAndUpdatedByJava_andJsReadsTheUpdate() {
        String email = "js-" + System.nanoTime() + "@example.com";
        JsonNode created = js.run("create-user", email);
        JsonNode jsUser = field(created, "user");
        Map<String, JsonNode> jsPosts = field(created, "posts").asArray().stream()
                .collect(Collectors.toMap(p -> text(p, "postId"), Function.identity()));
        assertEquals(2, jsPosts.size());

        String renamedPostId;
        String versionWrittenByJs;
        String versionWrittenByJava;
        try (BaoEntityManager em = bao.createEntityManager()) {
            User user = User_.findByEmail(em, email).orElseThrow(
                    () -> new AssertionError("Java did not find the user dynamo-bao created, by unique email " + email));
            assertEquals(text(jsUser, "userId"), user.getUserId());
            assertEquals("JS User", user.getName());
            assertEquals("author", user.getRole());
            assertEquals(number(jsUser, "createdAt"), user.getCreatedAt().toEpochMilli());
            assertEquals(number(jsUser, "modifiedAt"), user.getModifiedAt().toEpochMilli());

            List<Post> posts = Post_.queryPosts(em, user).list();
            assertEquals(jsPosts.keySet(), posts.stream().map(Post::getPostId).collect(Collectors.toSet()),
                    "posts of the JS user through postsForUser (gsi2)");
            for (Post post : posts) {
                JsonNode jsPost = jsPosts.get(post.getPostId());
                assertEquals(text(jsPost, "title"), post.getTitle());
                assertEquals(text(jsPost, "content"), post.getContent());
                assertEquals(number(jsPost, "createdAt"), post.getCreatedAt().toEpochMilli());
                assertEquals(text(jsPost, "storedVersion"), post.getVersion());
                assertSame(user, post.getUser().get(), "post.getUser() resolves to the managed user");
            }

            Post post = posts.get(0);
            renamedPostId = post.getPostId();
            versionWrittenByJs = post.getVersion();
            post.setTitle("Renamed by Java");
            em.save(post); // conditional on the version dynamo-bao wrote
            versionWrittenByJava = post.getVersion();
        }
        assertNotEquals(versionWrittenByJs, versionWrittenByJava, "an update writes a fresh version");

        JsonNode read = js.run("read-post", renamedPostId);
        assertTrue(bool(read, "found"), () -> "dynamo-bao did not find the post Java updated: " + read);
        JsonNode jsPost = field(read, "post");
        assertEquals("Renamed by Java", text(jsPost, "title"));
        assertEquals(text(jsPosts.get(renamedPostId), "content"), text(jsPost, "content"));
        assertEquals(versionWrittenByJava, text(jsPost, "storedVersion"));
        assertEquals(text(jsUser, "userId"), text(jsPost, "userId"));
        assertEquals(email, text(jsPost, "ownerEmail"));

        JsonNode listed = js.run("read-user", email);
        assertEquals(2, number(listed, "postCount"), "the Java update kept the post in postsForUser (gsi2)");
        assertEquals(1, number(listed, "filteredCount"));
    }

    @Test
    void versionWrittenByJava_satisfiesDynamoBaoJsVersionCondition_andJavaReadsTheJsUpdate() {
        String email = "java-" + System.nanoTime() + "@example.com";
        String postId;
        String versionWrittenByJava;
        try (BaoEntityManager em = bao.createEntityManager()) {
            User user = new User("Java User", email);
            em.persist(user);
            Post post = new Post(user, "Java title", "Written by Java");
            em.persist(post);
            postId = post.getPostId();
            versionWrittenByJava = post.getVersion();
        }

        JsonNode updated = js.run("update-post", postId, versionWrittenByJava, "Renamed by dynamo-bao");
        String versionWrittenByJs = text(field(updated, "post"), "version");
        assertNotEquals(versionWrittenByJava, versionWrittenByJs);

        try (BaoEntityManager em = bao.createEntityManager()) {
            Post post = em.find(Post.class, postId).orElseThrow();
            assertEquals("Renamed by dynamo-bao", post.getTitle());
            assertEquals("Written by Java", post.getContent());
            assertEquals(versionWrittenByJs, post.getVersion());
            assertEquals(email, post.getUser().get().getEmail());
        }
    }

    @Test
    void itemsWrittenByJavaAndByDynamoBaoJs_haveTheSameAttributesTypesAndKeyForms() {
        String jsEmail = "js-shape-" + System.nanoTime() + "@example.com";
        JsonNode created = js.run("create-user", jsEmail);
        String jsUserId = text(field(created, "user"), "userId");
        String jsPostId = text(field(created, "posts").asArray().get(0), "postId");

        String javaEmail = "java-shape-" + System.nanoTime() + "@example.com";
        String javaUserId;
        String javaPostId;
        try (BaoEntityManager em = bao.createEntityManager()) {
            User user = new User("Java User", javaEmail);
            user.setRole("author"); // the JS script sets role, not profilePictureUrl
            em.persist(user);
            Post post = new Post(user, "Java Post", "Written by Java");
            em.persist(post);
            javaUserId = user.getUserId();
            javaPostId = post.getPostId();
        }

        ItemShape js = ItemShape.of(Map.of(jsUserId, "<userId>", jsPostId, "<postId>", jsEmail, "<email>"));
        ItemShape java = ItemShape.of(Map.of(javaUserId, "<userId>", javaPostId, "<postId>", javaEmail, "<email>"));
        assertEquals(js.describe(item("u#" + jsUserId, "u")), java.describe(item("u#" + javaUserId, "u")),
                "User item: dynamo-bao (expected) vs Java (actual)");
        assertEquals(js.describe(item("p#" + jsPostId, "p")), java.describe(item("p#" + javaPostId, "p")),
                "Post item: dynamo-bao (expected) vs Java (actual)");
        assertEquals(js.describe(item("_raft_uc#_uc1#u#email:" + jsEmail, "_raft_uc")),
                java.describe(item("_raft_uc#_uc1#u#email:" + javaEmail, "_raft_uc")),
                "unique-constraint item: dynamo-bao (expected) vs Java (actual)");
    }

    private static Map<String, AttributeValue> item(String partitionKey, String sortKey) {
        Map<String, AttributeValue> item = client.getItem(GetItemRequest.builder()
                .tableName(table)
                .key(Map.of("_pk", AttributeValue.fromS(partitionKey), "_sk", AttributeValue.fromS(sortKey)))
                .build()).item();
        assertTrue(item != null && !item.isEmpty(), () -> "no item " + partitionKey + " / " + sortKey);
        return item;
    }

    private static List<String> runQuickStart() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            QuickStart.run(bao, out);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("Found user by email: false", lines.get(0), () -> "quick start output: " + lines);
        assertTrue(lines.get(1).startsWith("Created user: "), () -> "quick start output: " + lines);
        return lines;
    }

    private static JsonNode field(JsonNode node, String name) {
        return node.field(name).orElseThrow(() -> new AssertionError("no '" + name + "' in " + node));
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = field(node, name);
        return value.isNull() ? null : value.asString();
    }

    private static long number(JsonNode node, String name) {
        return Long.parseLong(field(node, name).asNumber());
    }

    private static boolean bool(JsonNode node, String name) {
        return field(node, name).asBoolean();
    }

    private static List<String> texts(JsonNode array) {
        return array.asArray().stream().map(JsonNode::asString).toList();
    }
}
