package dev.dynamobao.tck.update;

import dev.dynamobao.annotation.Counter;
import dev.dynamobao.annotation.CreatedDate;
import dev.dynamobao.annotation.Index;
import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.ModifiedDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;

/** A versioned entity with every kind of change: text, an index on category/title, a string set, a counter, dates. */
@Entity
@Model(prefix = "ar", iterable = false)
@Index(name = "articlesByCategory", id = IndexId.GSI1, partitionKey = "category", sortKey = "title")
public class Article {

    @Id @GeneratedValue private String articleId;
    @Column(nullable = false) private String title;
    private String body;
    private String category;
    private Set<String> tags;
    @Counter private Long likes;
    @CreatedDate private Instant createdAt;
    @ModifiedDate private Instant modifiedAt;
    @Version private String version;

    /** Adds one like (a tracked {@code x = x + 1} in the entity's own method). */
    public void like() {
        likes = likes + 1;
    }

    public String getArticleId() {
        return articleId;
    }

    public void setArticleId(String articleId) {
        this.articleId = articleId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Set<String> getTags() {
        return tags;
    }

    public void setTags(Set<String> tags) {
        this.tags = tags;
    }

    public Long getLikes() {
        return likes;
    }

    public void setLikes(Long likes) {
        this.likes = likes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public void setModifiedAt(Instant modifiedAt) {
        this.modifiedAt = modifiedAt;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
