package dev.dynamobao.tck.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.Ref;
import dev.dynamobao.tck.model.Post;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.test.BaoTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Links through a mapping whose primary key is its own id: listing and unlinking go through the GSIs. */
@BaoTest(entities = {User.class, Post.class, Bookmark.class})
class MappingWithOwnIdTck {

    private static User user(BaoEntityManager em, String name) {
        User user = new User();
        user.setName(name);
        user.setEmail(name + "-" + System.nanoTime() + "@example.com");
        em.persist(user);
        return user;
    }

    private static Post post(BaoEntityManager em, User author, String title) {
        Post post = new Post();
        post.setUserId(Ref.of(author));
        post.setTitle(title);
        post.setContent("text");
        em.persist(post);
        return post;
    }

    @Test
    void link_linked_unlink_throughIndexes(BaoEntityManagerFactory bao) throws InterruptedException {
        User reader;
        Post first;
        Post second;
        try (BaoEntityManager em = bao.createEntityManager()) {
            User author = user(em, "author");
            reader = user(em, "reader");
            first = post(em, author, "first");
            second = post(em, author, "second");
            Bookmark bookmark = em.link(Bookmark.class, reader, first);
            assertNotNull(bookmark.getBookmarkId());
            Thread.sleep(3); // distinct createdAt: the indexes sort by it
            em.link(Bookmark.class, Ref.to(Post.class, second.getPostId()), reader);
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            assertEquals(List.of("first", "second"), em.linked(reader, Bookmark.class, Post.class, null).items().stream()
                    .map(Post::getTitle).toList());
            assertEquals(List.of(reader.getUserId()), em.linked(second, Bookmark.class, User.class, null).items().stream()
                    .map(User::getUserId).toList());
            em.unlink(Bookmark.class, reader, first);
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            assertEquals(List.of("second"), em.linked(reader, Bookmark.class, Post.class, null).items().stream()
                    .map(Post::getTitle).toList());
            assertTrue(em.linked(first, Bookmark.class, User.class, null).items().isEmpty());
        }
    }
}
