package dev.dynamobao.benchmarks.latency;

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
 * The seed's {@code Post} with a topic index, so that one {@code Query} returns posts of many
 * authors: generated id, a reference to its author, versioned.
 */
@Entity
@Model(prefix = "p", iterable = true, iterationBuckets = 10)
@Index(name = "postsForUser", id = IndexId.GSI2, partitionKey = "userId", sortKey = "createdAt")
@Index(name = "postsByTopic", id = IndexId.GSI3, partitionKey = "topic", sortKey = "createdAt")
public class LatencyPost {

    @Id @GeneratedValue private String postId;
    @Column(nullable = false) private Ref<LatencyUser> userId;
    @Column(nullable = false) private String topic;
    @Column(nullable = false) private String title;
    @Column(nullable = false) private String content;
    @CreatedDate private Instant createdAt;
    @Version private String version;

    /** For DynamoBao. */
    protected LatencyPost() {
    }

    /** A new post of {@code author} (an entity or a {@link Ref}) in {@code topic}. */
    public LatencyPost(Ref<LatencyUser> author, String topic, String title, String content) {
        this.userId = author;
        this.topic = topic;
        this.title = title;
        this.content = content;
    }

    /** The generated id. */
    public String getPostId() {
        return postId;
    }

    /** The author. */
    public Ref<LatencyUser> getAuthor() {
        return userId;
    }

    /** The topic (partition of {@code postsByTopic}). */
    public String getTopic() {
        return topic;
    }

    /** The title. */
    public String getTitle() {
        return title;
    }

    /** Sets the title. */
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

    /** The optimistic-lock version. */
    public String getVersion() {
        return version;
    }
}
