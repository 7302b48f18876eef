package dev.dynamobao.tck.model;

import dev.dynamobao.Ref;
import dev.dynamobao.annotation.CreatedDate;
import dev.dynamobao.annotation.Index;
import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.annotation.Model;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A post of a user, as in the golden models: ULID id, reference to its user, posts-for-user index, version. */
@Entity
@Model(prefix = "p", iterable = true, iterationBuckets = 10)
@Index(name = "postsForUser", id = IndexId.GSI2, partitionKey = "userId", sortKey = "createdAt")
public class Post {

    @Id @GeneratedValue private String postId;
    @Column(nullable = false) private Ref<User> userId;
    @Column(nullable = false) private String title;
    @Column(nullable = false) private String content;
    @CreatedDate private Instant createdAt;
    @Version private String version;

    public String getPostId() {
        return postId;
    }

    public void setPostId(String postId) {
        this.postId = postId;
    }

    public Ref<User> getUserId() {
        return userId;
    }

    public void setUserId(Ref<User> userId) {
        this.userId = userId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
