package dev.dynamobao.tck.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BatchFindResult;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.tck.model.AppEntity;
import dev.dynamobao.tck.model.Post;
import dev.dynamobao.tck.model.PostTag;
import dev.dynamobao.tck.model.Reading;
import dev.dynamobao.tck.model.Tag;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.tck.model.Widget;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Items written by dynamo-bao (JavaScript) are read by the Java library with the expected values:
 * every untenanted model item of {@code golden/items.json}, loaded raw into a fresh table.
 */
@BaoTest(entities = {User.class, Post.class, Tag.class, PostTag.class, AppEntity.class, Reading.class, Widget.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldenReadTck {

    private static final String ALICE = "01JGFJJZ00BRS3PGEK2407P07V";
    private static final String BOB = "01JGFJJZ02GM2R6R5BQTSR9XA4";
    private static final String DAVE = "01JGFJJZ06FHPHQRQHQT9BTYZW";
    private static final String POST_1 = "01JGFJJZ0MVC9SK0NJRVHFQQYR";
    private static final String POST_2 = "01JGFJJZ0RA3MWB2FJPQWGHR1B";
    private static final String POST_3 = "01JGFJJZ0WW32P4ACDKFZSGKZG";
    private static final String BOBS_POST = "01JGFJJZ18P2ZX7AKFBDZKH8G6";
    private static final String JAVA = "01JGFJJZ3JRG9NWP938SDVNBQG";
    private static final String JAVASCRIPT = "01JGFJJZ3MQCKHA2ZF010FKE15";
    private static final String DYNAMODB = "01JGFJJZ3PYSKH9QR3X3ERC37Q";

    @BeforeAll
    void loadTheGoldenItems(DynamoDbClient client, @TableName String table) {
        GoldenItems.putAll(client, table);
    }

    private static void assertUser(BaoEntityManager em, String id, String name, String email, String role, long created,
                                   long modified) {
        User user = em.find(User.class, id).orElseThrow(() -> new AssertionError("golden user " + id + " not found"));
        assertEquals(id, user.getUserId());
        assertEquals(name, user.getName());
        assertEquals(email, user.getEmail());
        assertEquals(role, user.getRole());
        assertEquals(Instant.ofEpochMilli(created), user.getCreatedAt());
        assertEquals(Instant.ofEpochMilli(modified), user.getModifiedAt());
    }

    @Test
    void users_areReadWithEveryField(BaoEntityManager em) {
        assertUser(em, ALICE, "Alice Anders", "alice@new.example.com", "admin", 1795632769088L, 1795632769724L);
        assertUser(em, BOB, "Bob Brown", "bob@example.com", "admin", 1795632769358L, 1795632769670L);
        assertUser(em, DAVE, "Dave Diaz", "dave@example.com", "member", 1795632769454L, 1795632769454L);
    }

    @Test
    void userByUniqueEmail_isFoundThroughTheJavaScriptConstraintItem(BaoEntityManager em) {
        assertEquals(BOB, em.findByUnique(User.class, "email", "bob@example.com").orElseThrow().getUserId());
        assertEquals(ALICE, em.findByUnique(User.class, "email", "alice@new.example.com").orElseThrow().getUserId());
    }

    private static void assertPost(BaoEntityManager em, String id, String user, String title, String content, long created,
                                   String version) {
        Post post = em.find(Post.class, id).orElseThrow(() -> new AssertionError("golden post " + id + " not found"));
        assertEquals(id, post.getPostId());
        assertEquals(user, post.getUserId().id());
        assertEquals(User.class, post.getUserId().type());
        assertEquals(title, post.getTitle());
        assertEquals(content, post.getContent());
        assertEquals(Instant.ofEpochMilli(created), post.getCreatedAt());
        assertEquals(version, post.getVersion());
    }

    @Test
    void posts_areReadWithTheirReferenceAndVersion(BaoEntityManager em) {
        assertPost(em, POST_1, ALICE, "Post 1 (edited)", "This is a test post", 1704067200000L, "01JGFJJZ1C4W14D6HB70BTCDMH");
        assertPost(em, POST_2, ALICE, "Post 2 (edited with version check)", "This is another test post", 1704070800000L,
                "01JGFJJZ1H26X2CKVVP86744T1");
        assertPost(em, POST_3, ALICE, "Post 3", "Yet another post (edited)", 1704074400000L, "01JGFJJZ1N1JN1AADMM43AHS7B");
        assertPost(em, BOBS_POST, BOB, "Bob's post", "Hello from Bob", 1795632769806L, "01JGFJJZ195QKSWMXCMTN36RCA");
    }

    @Test
    void postReference_loadsTheJavaScriptUser(BaoEntityManager em) {
        Post post = em.find(Post.class, BOBS_POST).orElseThrow();
        User author = post.getUserId().get();
        assertEquals("Bob Brown", author.getName());
        assertSame(author, em.find(User.class, BOB).orElseThrow(), "the reference resolves through the identity map");
    }

    @Test
    void tags_areReadInOneBatch_inInputOrder(BaoEntityManager em, RequestCounter requests) {
        BatchFindResult<Tag> tags = em.findAll(Tag.class, List.of(DYNAMODB, JAVA, JAVASCRIPT));
        assertEquals(List.of("dynamodb", "java", "javascript"), tags.items().stream().map(Tag::getName).toList());
        assertTrue(tags.missingIds().isEmpty());
        assertEquals(1, requests.count(DynamoOperation.BATCH_GET_ITEM));
    }

    private static void assertPostTag(BaoEntityManager em, String post, String tag, long created) {
        String id = em.primaryId(PostTag.class, post, tag);
        assertEquals(post + "##__SK__##" + tag, id);
        PostTag link = em.find(PostTag.class, id).orElseThrow(() -> new AssertionError("golden post-tag " + id + " not found"));
        assertEquals(post, link.getPostId().id());
        assertEquals(tag, link.getTagId().id());
        assertEquals(Instant.ofEpochMilli(created), link.getCreatedAt());
    }

    @Test
    void postTags_areFoundByTheirCompositeReferenceKey(BaoEntityManager em) {
        assertPostTag(em, POST_1, JAVA, 1795632770084L);
        assertPostTag(em, POST_1, JAVASCRIPT, 1795632770097L);
        assertPostTag(em, POST_2, JAVA, 1795632770105L);
        assertPostTag(em, POST_3, DYNAMODB, 1795632770116L);
        PostTag link = em.find(PostTag.class, POST_3 + "##__SK__##" + DYNAMODB).orElseThrow();
        assertEquals("dynamodb", link.getTagId().get().getName());
        assertEquals("Post 3", link.getPostId().get().getTitle());
    }

    @Test
    void appEntities_areFoundByCompositeStringKey(BaoEntityManager em) {
        assertEquals("first", em.find(AppEntity.class, "my-app##__SK__##entity-001").orElseThrow().getData());
        AppEntity second = em.find(AppEntity.class, em.primaryId(AppEntity.class, "my-app", "entity-002")).orElseThrow();
        assertEquals("second (updated)", second.getData());
        assertEquals("my-app", second.getAppId());
        assertEquals("entity-002", second.getEntityId());
    }

    @Test
    void readings_areFoundByThePaddedIntegerSortKey(BaoEntityManager em) {
        assertEquals("dev-1##__SK__##00000000000000000007", em.primaryId(Reading.class, "dev-1", 7));
        Reading seven = em.find(Reading.class, em.primaryId(Reading.class, "dev-1", 7)).orElseThrow();
        assertEquals(7, seven.getSeq());
        assertEquals("dev-1", seven.getDeviceId());
        assertEquals(21.5, seven.getValue());
        assertEquals(-3.25, em.find(Reading.class, "dev-1##__SK__##00000000000000000012").orElseThrow().getValue());
        assertEquals(0.1, em.find(Reading.class, em.primaryId(Reading.class, "dev-1", 100)).orElseThrow().getValue());
        assertTrue(em.find(Reading.class, em.primaryId(Reading.class, "dev-1", 8)).isEmpty());
    }

    @Test
    void fullWidget_isReadWithEveryFieldType(BaoEntityManager em) {
        Widget widget = em.find(Widget.class, "01JB0000000000000000000W01").orElseThrow();
        assertEquals("Full widget", widget.getName());
        assertEquals(42, widget.getQuantity());
        assertEquals(24.5, widget.getPrice());
        assertEquals(true, widget.getActive());
        assertNull(widget.getPayload(), "the JS scenario stored no payload");
        assertEquals(Instant.ofEpochMilli(1717245296789L), widget.getLaunchedAt());
        assertEquals(1L, widget.getViews());
        assertEquals(Instant.ofEpochSecond(1893456000L), widget.getTtl());
        assertEquals(Set.of("green", "yellow"), widget.getLabels());
    }

    @Test
    void minimalWidget_readsAbsentStringSetAsEmpty_andFalseAndZero(BaoEntityManager em) {
        Widget widget = em.find(Widget.class, "01JB0000000000000000000W02").orElseThrow();
        assertEquals("Minimal widget", widget.getName());
        assertEquals(1, widget.getQuantity());
        assertEquals(0.5, widget.getPrice());
        assertEquals(false, widget.getActive());
        assertEquals(Instant.ofEpochMilli(1704067200000L), widget.getLaunchedAt());
        assertEquals(0L, widget.getViews());
        assertEquals(Instant.ofEpochSecond(1939248000L), widget.getTtl());
        assertEquals(Set.of(), widget.getLabels());
        assertArrayEquals(null, widget.getPayload());
    }

    @Test
    void everyUntenantedGoldenModelItem_isFoundByTheIdJavaDerivesFromItsKey(BaoEntityManager em) {
        for (var item : GoldenItems.untenantedModelItems()) {
            Class<?> type = GoldenModels.typeOf(item);
            String id = GoldenModels.primaryIdOf(item);
            assertTrue(em.find(type, id).isPresent(), () -> type.getSimpleName() + " '" + id + "' not found");
        }
    }
}
