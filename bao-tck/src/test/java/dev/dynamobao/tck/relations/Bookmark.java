package dev.dynamobao.tck.relations;

import dev.dynamobao.Ref;
import dev.dynamobao.annotation.CreatedDate;
import dev.dynamobao.annotation.Index;
import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.tck.model.Post;
import dev.dynamobao.tck.model.User;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;

/** A mapping with its own id: both directions are listed through GSIs, not through the primary key. */
@Entity
@Model(prefix = "bm", iterable = false)
@Index(name = "bookmarksOfUser", id = IndexId.GSI1, partitionKey = "user", sortKey = "createdAt")
@Index(name = "bookmarksOfPost", id = IndexId.GSI2, partitionKey = "post", sortKey = "createdAt")
public class Bookmark {

    @Id @GeneratedValue private String bookmarkId;
    private Ref<User> user;
    private Ref<Post> post;
    @CreatedDate private Instant createdAt;

    public String getBookmarkId() {
        return bookmarkId;
    }

    public Ref<User> getUser() {
        return user;
    }

    public Ref<Post> getPost() {
        return post;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
