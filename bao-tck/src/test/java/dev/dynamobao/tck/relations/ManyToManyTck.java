package dev.dynamobao.tck.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.BaoException;
import dev.dynamobao.EntityExistsException;
import dev.dynamobao.Ref;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.query.InvalidCursorException;
import dev.dynamobao.query.Page;
import dev.dynamobao.tck.model.Post;
import dev.dynamobao.tck.model.PostTag;
import dev.dynamobao.tck.model.Tag;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.tck.support.RawItems;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Many-to-many links through the {@code PostTag} mapping (primary key postId + tagId, index
 * postsForTag on tagId): link, unlink, and listing the far side of either end with one query page
 * and one batched load (the seed's {@code post.getTags()}).
 */
@BaoTest(entities = {User.class, Post.class, Tag.class, PostTag.class})
class ManyToManyTck {

    private static User user(BaoEntityManager em) {
        User user = new User();
        user.setName("Author");
        user.setEmail("author-" + System.nanoTime() + "@example.com");
        em.persist(user);
        return user;
    }

    private static Post post(BaoEntityManager em, User user, String title) {
        Post post = new Post();
        post.setUserId(Ref.of(user));
        post.setTitle(title);
        post.setContent("content of " + title);
        em.persist(post);
        return post;
    }

    private static Tag tag(BaoEntityManager em, String name) {
        Tag tag = new Tag();
        tag.setName(name);
        em.persist(tag);
        return tag;
    }

    private static List<String> names(Page<Tag> page) {
        return page.items().stream().map(Tag::getName).toList();
    }

    @Test
    void link_storesTheMappingItemAsTheLayoutSays(BaoEntityManagerFactory bao, DynamoDbClient client, @TableName String table) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            Post post = post(em, user(em), "layout");
            Tag tag = tag(em, "layout-tag");
            PostTag link = em.link(PostTag.class, post, tag);
            assertEquals(post.getPostId(), link.getPostId().id());
            assertEquals(tag.getTagId(), link.getTagId().id());
            Map<String, AttributeValue> item = new RawItems(client, table).get("pt#" + post.getPostId(), tag.getTagId());
            assertEquals(post.getPostId(), item.get("postId").s());
            assertEquals(tag.getTagId(), item.get("tagId").s());
            assertEquals("pt#gsi3#" + tag.getTagId(), item.get("_gsi3_pk").s());
            assertEquals(post.getPostId(), item.get("_gsi3_sk").s());
        }
    }

    @Test
    void linked_listsTheFarSideFromEitherEnd(BaoEntityManagerFactory bao) {
        Post first;
        Post second;
        Tag java;
        Tag dynamo;
        try (BaoEntityManager em = bao.createEntityManager()) {
            User user = user(em);
            first = post(em, user, "first");
            second = post(em, user, "second");
            java = tag(em, "java");
            dynamo = tag(em, "dynamo");
            em.link(PostTag.class, first, java);
            em.link(PostTag.class, first, dynamo);
            em.link(PostTag.class, Ref.to(Post.class, second.getPostId()), Ref.to(Tag.class, java.getTagId()));
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            Page<Tag> tagsOfFirst = em.linked(first, PostTag.class, Tag.class, null);
            assertEquals(List.of("java", "dynamo"), names(tagsOfFirst));
            assertTrue(tagsOfFirst.cursor().isEmpty());
            assertTrue(tagsOfFirst.consumedCapacity().readUnits() > 0);
            List<String> postsOfJava = em.linked(Ref.to(Tag.class, java.getTagId()), PostTag.class, Post.class, null)
                    .items().stream().map(Post::getTitle).toList();
            assertEquals(List.of("first", "second"), postsOfJava);
            assertEquals(List.of("first"), em.linked(dynamo, PostTag.class, Post.class, null).items().stream()
                    .map(Post::getTitle).toList());
        }
    }

    @Test
    void unlink_removesTheLink_andLinkTwiceFails(BaoEntityManagerFactory bao) {
        Post post;
        Tag keep;
        Tag drop;
        try (BaoEntityManager em = bao.createEntityManager()) {
            post = post(em, user(em), "unlink");
            keep = tag(em, "keep");
            drop = tag(em, "drop");
            em.link(PostTag.class, post, keep);
            em.link(PostTag.class, post, drop);
            assertThrows(EntityExistsException.class, () -> em.link(PostTag.class, post, keep));
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.unlink(PostTag.class, post, drop);
            em.unlink(PostTag.class, post, drop); // no link any more: nothing to do
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            assertEquals(List.of("keep"), names(em.linked(post, PostTag.class, Tag.class, null)));
            assertTrue(em.linked(drop, PostTag.class, Post.class, null).items().isEmpty());
        }
    }

    @Test
    void linked_150Tags_costsOneQueryAndTwoBatchGets(BaoEntityManagerFactory bao, RequestCounter requests) {
        Post post;
        List<String> tagIds = new ArrayList<>();
        try (BaoEntityManager em = bao.createEntityManager()) {
            post = post(em, user(em), "many tags");
            for (int i = 0; i < 150; i++) {
                Tag tag = tag(em, "tag-" + i);
                tagIds.add(tag.getTagId());
                em.link(PostTag.class, post, tag);
            }
        }
        requests.reset();
        try (BaoEntityManager em = bao.createEntityManager()) {
            Page<Tag> tags = em.linked(post, PostTag.class, Tag.class, null);
            assertEquals(150, tags.count());
            assertEquals(1, requests.count(DynamoOperation.QUERY));
            assertEquals(2, requests.count(DynamoOperation.BATCH_GET_ITEM));
            assertEquals(3, requests.total());
            assertTrue(tags.cursor().isEmpty());
            // Mapping order: the index sorts by tagId, ULIDs in creation order.
            assertEquals(tagIds, tags.items().stream().map(Tag::getTagId).toList());
            Tag first = tags.items().get(0);
            assertSame(first, em.find(Tag.class, first.getTagId()).orElseThrow());
        }
        assertEquals(3, requests.total());
    }

    @Test
    void link_withATypeTheMappingDoesNotReference_throws(BaoEntityManager em) {
        User user = user(em);
        Post post = post(em, user, "wrong");
        BaoException failure = assertThrows(BaoException.class, () -> em.link(PostTag.class, post, user));
        assertTrue(failure.getMessage().contains("Ref<User>"), failure.getMessage());
        assertTrue(failure.getMessage().contains("tagId"), failure.getMessage());
    }

    @Test
    void linked_withACursorOfTheOtherDirection_throwsInvalidCursor(BaoEntityManager em) {
        User user = user(em);
        Post post = post(em, user, "cursor");
        post(em, user, "cursor 2");
        Tag tag = tag(em, "cursor-tag");
        em.link(PostTag.class, post, tag);
        String postsCursor = em.query(Post.class).index("postsForUser").partition(post.getUserId()).limit(1).page().cursor().orElseThrow();
        assertThrows(InvalidCursorException.class, () -> em.linked(post, PostTag.class, Tag.class, postsCursor));
    }
}
