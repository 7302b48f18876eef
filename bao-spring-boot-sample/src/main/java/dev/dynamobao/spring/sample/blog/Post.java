package dev.dynamobao.spring.sample.blog;

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

/**
 * A blog post: the quick start's {@code Post} ({@code postsForUser} on {@code gsi2}) plus
 * {@code recentPosts}, every post by creation time on {@code gsi1}.
 */
@Entity
@Model(prefix = "p")
@Index(name = "postsForUser", id = IndexId.GSI2, partitionKey = "userId", sortKey = "createdAt")
@Index(name = "recentPosts", id = IndexId.GSI1, partitionKey = Index.MODEL_PREFIX, sortKey = "createdAt")
public class Post {

    @Id
    @GeneratedValue
    private String postId;
    @Column(nullable = false)
    private Ref<User> userId;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String content;
    @CreatedDate
    private Instant createdAt;
    @Version
    private String version;

    /** For the engine. */
    protected Post() {
    }

    /** A new post by {@code author}. */
    public Post(User author, String title, String content) {
        this.userId = Ref.of(author);
        this.title = title;
        this.content = content;
    }

    /** The ULID assigned on persist. */
    public String getPostId() {
        return postId;
    }

    /** The author, loaded lazily (batched with the other posts' authors of the request). */
    public Ref<User> getAuthor() {
        return userId;
    }

    /** The title. */
    public String getTitle() {
        return title;
    }

    /** Changes the title. */
    public void setTitle(String title) {
        this.title = title;
    }

    /** The text. */
    public String getContent() {
        return content;
    }

    /** When the post was created. */
    public Instant getCreatedAt() {
        return createdAt;
    }
}
