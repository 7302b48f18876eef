package dev.dynamobao.samples.quickstart;

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
 * The seed's {@code Post} model, field for field. The annotation processor generates
 * {@code Post_} with the seed's {@code user.queryPosts()} ({@code Post_.queryPosts(em, user)})
 * and {@code post.getUser()} ({@code Post_.getUser(post)}):
 *
 * <pre>
 * Post:
 *   modelPrefix: p
 *   iterable: true
 *   fields:
 *     postId: {type: UlidField, autoAssign: true}
 *     userId: {type: RelatedField, model: User, required: true}
 *     title: {type: StringField, required: true}
 *     content: {type: StringField, required: true}
 *     createdAt: {type: CreateDateField}
 *     version: {type: VersionField}
 *   primaryKey: {partitionKey: postId}
 *   indexes:
 *     postsForUser: {partitionKey: userId, sortKey: createdAt, indexId: gsi2}
 * </pre>
 */
@Entity
@Model(prefix = "p", iterable = true, iterationBuckets = 10)
@Index(name = "postsForUser", id = IndexId.GSI2, partitionKey = "userId", sortKey = "createdAt")
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

    /** For DynamoBao. */
    protected Post() {
    }

    /** A new post of {@code user}. */
    public Post(User user, String title, String content) {
        this.userId = Ref.of(user);
        this.title = title;
        this.content = content;
    }

    public String getPostId() {
        return postId;
    }

    public Ref<User> getUser() {
        return userId;
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

    public String getVersion() {
        return version;
    }
}
