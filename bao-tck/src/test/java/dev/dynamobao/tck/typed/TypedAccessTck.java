package dev.dynamobao.tck.typed;

import static dev.dynamobao.metamodel.KeyCondition.beginsWith;
import static dev.dynamobao.metamodel.KeyCondition.between;
import static dev.dynamobao.metamodel.KeyCondition.eq;
import static dev.dynamobao.metamodel.KeyCondition.gte;
import static dev.dynamobao.metamodel.ModelFilter.where;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.Ref;
import dev.dynamobao.query.Filter;
import dev.dynamobao.query.SortCondition;
import dev.dynamobao.tck.model.AppEntity;
import dev.dynamobao.tck.model.AppEntity_;
import dev.dynamobao.tck.model.Post;
import dev.dynamobao.tck.model.PostTag;
import dev.dynamobao.tck.model.PostTag_;
import dev.dynamobao.tck.model.Post_;
import dev.dynamobao.tck.model.Tag;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.tck.model.User_;
import dev.dynamobao.tck.support.CapturingClient;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The seed's access patterns through the string API and through the generated metamodel and
 * named finders: the same requests (compared request by request) and the same results.
 */
@BaoTest(entities = {User.class, Post.class, Tag.class, PostTag.class, AppEntity.class})
class TypedAccessTck {

    private CapturingClient capture;
    private BaoEntityManagerFactory bao;

    @BeforeEach
    void buildCapturingFactory(DynamoDbClient client, @TableName String table) {
        capture = new CapturingClient(client);
        bao = Bao.configure().client(capture).table(table)
                .entities(User.class, Post.class, Tag.class, PostTag.class, AppEntity.class).build();
    }

    @AfterEach
    void closeFactory() {
        bao.close();
    }

    /** Runs {@code read} in a fresh entity manager and returns its result and the requests it sent. */
    private <R> Sent<R> run(Function<BaoEntityManager, R> read) {
        capture.clear();
        try (BaoEntityManager em = bao.createEntityManager()) {
            R result = read.apply(em);
            return new Sent<>(result, capture.requests());
        }
    }

    private record Sent<R>(R result, List<SdkRequest> requests) {
    }

    private static <R> void assertSameRequestsAndResult(Sent<R> dynamic, Sent<R> typed) {
        assertFalse(dynamic.requests().isEmpty(), "the scenario sends requests");
        assertEquals(dynamic.requests(), typed.requests(), "the typed form sends the same requests");
        assertEquals(dynamic.result(), typed.result(), "the typed form returns the same result");
    }

    private User user(BaoEntityManager em, String name, String role) {
        User user = new User();
        user.setName(name);
        user.setRole(role);
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

    private static Tag tag(BaoEntityManager em, String name) {
        Tag tag = new Tag();
        tag.setName(name);
        em.persist(tag);
        return tag;
    }

    private static List<String> postIds(List<Post> posts) {
        return posts.stream().map(Post::getPostId).toList();
    }

    @Test
    void findByUnique_typedAndNamed_sendTheSameRequestsAsTheStringForm() {
        String email;
        try (BaoEntityManager em = bao.createEntityManager()) {
            email = user(em, "Ann", "admin").getEmail();
        }
        Sent<String> dynamic = run(em -> em.findByUnique(User.class, "email", email).orElseThrow().getUserId());
        Sent<String> typed = run(em -> em.findByUnique(User_.uniqueEmail, email).orElseThrow().getUserId());
        Sent<String> named = run(em -> User_.findByEmail(em, email).orElseThrow().getUserId());
        assertSameRequestsAndResult(dynamic, typed);
        assertSameRequestsAndResult(dynamic, named);
        assertTrue(run(em -> User_.findByEmail(em, "nobody-" + email)).result().isEmpty());
    }

    @Test
    void seedQuickStart_queryPostsWithSortAndFilter_typedEqualsString() {
        User user;
        Instant start = Instant.now().minusSeconds(60);
        try (BaoEntityManager em = bao.createEntityManager()) {
            user = user(em, "Test User", "user");
            post(em, user, "Test Post 1", "This is a test post");
            post(em, user, "Test Post 2", "This is another test post");
            post(em, user(em, "Other", "user"), "Elsewhere", "This is another post of someone else");
        }
        Instant end = Instant.now().plusSeconds(60);
        Sent<List<String>> dynamic = run(em -> postIds(em.queryRelated(user, Post.class, "postsForUser")
                .sort(SortCondition.between(start, end)).filter(Filter.contains("content", "another")).list()));
        Sent<List<String>> typed = run(em -> postIds(em.queryRelated(user, Post_.postsForUser)
                .sort(between(start, end)).filter(where(Post_.content).contains("another")).list()));
        Sent<List<String>> named = run(em -> postIds(Post_.queryPosts(em, user)
                .sort(between(start, end)).filter(where(Post_.content).contains("another")).list()));
        Sent<List<String>> query = run(em -> postIds(em.query(Post_.postsForUser).partition(user)
                .sort(between(start, end)).filter(where(Post_.content).contains("another")).list()));
        assertEquals(1, dynamic.result().size());
        assertSameRequestsAndResult(dynamic, typed);
        assertSameRequestsAndResult(dynamic, named);
        assertSameRequestsAndResult(dynamic, query);
    }

    @Test
    void queryRelated_throughARef_typedEqualsString() {
        User user;
        try (BaoEntityManager em = bao.createEntityManager()) {
            user = user(em, "Ref Parent", "user");
            post(em, user, "a", "x");
            post(em, user, "b", "y");
        }
        Ref<User> parent = Ref.to(User.class, user.getUserId());
        Sent<List<String>> dynamic = run(em -> postIds(em.queryRelated(parent, Post.class, "postsForUser").descending().list()));
        Sent<List<String>> typed = run(em -> postIds(em.queryRelated(parent, Post_.postsForUser).descending().list()));
        assertEquals(2, dynamic.result().size());
        assertSameRequestsAndResult(dynamic, typed);
    }

    @Test
    void indexQuery_withStringKeys_andAFilterOnAField_typedEqualsString() {
        String role = "role-" + System.nanoTime();
        try (BaoEntityManager em = bao.createEntityManager()) {
            user(em, "Alice", role);
            user(em, "Albert", role);
            user(em, "Bob", role);
        }
        Function<List<User>, List<String>> names = users -> users.stream().map(User::getName).toList();
        Sent<List<String>> dynamic = run(em -> names.apply(em.query(User.class).index("usersByRole").partition(role)
                .sort(SortCondition.beginsWith("Al")).filter(Filter.ne("name", "Albert")).list()));
        Sent<List<String>> typed = run(em -> names.apply(em.query(User_.usersByRole).partition(role)
                .sort(beginsWith("Al")).filter(where(User_.name).ne("Albert")).list()));
        assertEquals(List.of("Alice"), dynamic.result());
        assertSameRequestsAndResult(dynamic, typed);
    }

    @Test
    void primaryKeyQuery_ofACompositeKeyModel_typedEqualsString() {
        String app = "app-" + System.nanoTime();
        try (BaoEntityManager em = bao.createEntityManager()) {
            for (String id : List.of("e1", "e2", "f1")) {
                AppEntity entity = new AppEntity();
                entity.setAppId(app);
                entity.setEntityId(id);
                entity.setData("data " + id);
                em.persist(entity);
            }
        }
        Function<List<AppEntity>, List<String>> ids = list -> list.stream().map(AppEntity::getEntityId).toList();
        Sent<List<String>> dynamic = run(em -> ids.apply(em.query(AppEntity.class).partition(app)
                .sort(SortCondition.gte("e2")).list()));
        Sent<List<String>> primary = run(em -> ids.apply(em.query(AppEntity_.primaryKey).partition(app).sort(gte("e2")).list()));
        Sent<List<String>> alias = run(em -> ids.apply(em.query(AppEntity.class).index("entitiesForApp").partition(app)
                .sort(SortCondition.gte("e2")).list()));
        Sent<List<String>> typedAlias = run(em -> ids.apply(em.query(AppEntity_.entitiesForApp).partition(app)
                .sort(gte("e2")).list()));
        assertEquals(List.of("e2", "f1"), dynamic.result());
        assertSameRequestsAndResult(dynamic, primary);
        assertSameRequestsAndResult(alias, typedAlias);
    }

    @Test
    void linked_bothDirections_typedAndNamedEqualString() {
        Post post;
        Tag java;
        try (BaoEntityManager em = bao.createEntityManager()) {
            User author = user(em, "Linker", "user");
            post = post(em, author, "Tagged", "content");
            java = tag(em, "java");
            em.link(PostTag.class, post, java);
            em.link(PostTag_.tagsForPost, post, tag(em, "dynamodb"));
            em.link(PostTag_.postsForTag, java, post(em, author, "Second", "more"));
        }
        Function<List<Tag>, List<String>> tagNames = tags -> tags.stream().map(Tag::getName).sorted().toList();
        Sent<List<String>> dynamic = run(em -> tagNames.apply(em.linked(post, PostTag.class, Tag.class, null).items()));
        Sent<List<String>> typed = run(em -> tagNames.apply(em.linked(post, PostTag_.tagsForPost).items()));
        Sent<List<String>> named = run(em -> tagNames.apply(PostTag_.getTags(em, post).items()));
        assertEquals(List.of("dynamodb", "java"), dynamic.result());
        assertSameRequestsAndResult(dynamic, typed);
        assertSameRequestsAndResult(dynamic, named);

        Function<List<Post>, List<String>> titles = posts -> posts.stream().map(Post::getTitle).sorted().toList();
        Sent<List<String>> back = run(em -> titles.apply(em.linked(java, PostTag.class, Post.class, null).items()));
        Sent<List<String>> namedBack = run(em -> titles.apply(PostTag_.getPosts(em, java).items()));
        assertEquals(List.of("Second", "Tagged"), back.result());
        assertSameRequestsAndResult(back, namedBack);
    }

    @Test
    void mappingIndex_withARefSortKey_takesTheEntityInSortConditions() {
        Post post;
        Tag tag;
        try (BaoEntityManager em = bao.createEntityManager()) {
            post = post(em, user(em, "Sorter", "user"), "p", "c");
            tag = tag(em, "sorted");
            em.link(PostTag_.tagsForPost, post, tag);
        }
        Sent<Integer> dynamic = run(em -> em.query(PostTag.class).index("postsForTag").partition(tag)
                .sort(SortCondition.eq(post)).list().size());
        Sent<Integer> typed = run(em -> em.query(PostTag_.postsForTag).partition(tag).sort(eq(post)).list().size());
        assertEquals(1, dynamic.result());
        assertSameRequestsAndResult(dynamic, typed);
    }

    @Test
    void ambientOperations_typedAndNamed_equalTheStringForm() {
        String email;
        try (BaoEntityManager em = bao.createEntityManager()) {
            email = user(em, "Ambient", "user").getEmail();
        }
        capture.clear();
        String dynamic = bao.callInUnitOfWork(em -> bao.ambient().findByUnique(User.class, "email", email).orElseThrow().getUserId());
        List<SdkRequest> dynamicRequests = capture.requests();
        capture.clear();
        String named = bao.callInUnitOfWork(em -> User_.findByEmail(bao.ambient(), email).orElseThrow().getUserId());
        assertSameRequestsAndResult(new Sent<>(dynamic, dynamicRequests), new Sent<>(named, capture.requests()));
    }

    @Test
    void unlink_typed_removesTheLink() {
        Post post;
        Tag tag;
        try (BaoEntityManager em = bao.createEntityManager()) {
            post = post(em, user(em, "Unlinker", "user"), "p", "c");
            tag = tag(em, "gone");
            em.link(PostTag_.tagsForPost, post, tag);
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            assertEquals(1, PostTag_.getTags(em, post).count());
            em.unlink(PostTag_.tagsForPost, post, tag);
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            assertEquals(0, PostTag_.getTags(em, post).count());
        }
    }

    @Test
    void referenceGetter_loadsTheParent_likeTheRefItself() {
        String postId;
        String userId;
        try (BaoEntityManager em = bao.createEntityManager()) {
            User author = user(em, "Author", "user");
            userId = author.getUserId();
            postId = post(em, author, "t", "c").getPostId();
        }
        Sent<String> dynamic = run(em -> em.find(Post.class, postId).orElseThrow().getUserId().get().getUserId());
        Sent<String> named = run(em -> Post_.getUser(em.find(Post.class, postId).orElseThrow()).orElseThrow().getUserId());
        assertEquals(userId, dynamic.result());
        assertSameRequestsAndResult(dynamic, named);
        try (BaoEntityManager em = bao.createEntityManager()) {
            Post post = em.find(Post.class, postId).orElseThrow();
            assertSame(post.getUserId().get(), Post_.getUser(post).orElseThrow(), "one identity per unit of work");
        }
    }

    @Test
    void metamodel_describesTheModel() {
        assertEquals("email", User_.uniqueEmail.field().name());
        assertEquals(User.class, User_.uniqueEmail.model());
        assertEquals(User.class, Post_.postsForUser.parentType());
        assertEquals("userId", Post_.postsForUser.partitionField());
        assertEquals("createdAt", Post_.postsForUser.sortField());
        assertEquals(Tag.class, PostTag_.tagsForPost.targetType());
        assertTrue(AppEntity_.primaryKey.isPrimaryKey());
        assertEquals("content", Post_.content.name());
        assertEquals(String.class, Post_.content.javaType());
        assertEquals(User.class, Post_.userId.target());
    }
}
