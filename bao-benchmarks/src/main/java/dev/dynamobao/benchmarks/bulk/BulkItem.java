package dev.dynamobao.benchmarks.bulk;

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

/** An imported record: generated id, one index, iterable, dated and versioned, no unique constraint. */
@Entity
@Model(prefix = "bi", iterable = true, iterationBuckets = 10)
@Index(name = "byCategory", id = IndexId.GSI1, partitionKey = "category", sortKey = "createdAt")
public class BulkItem {

    @Id @GeneratedValue private String id;
    @Column(nullable = false) private String category;
    @Column(nullable = false) private String title;
    private String body;
    private Integer quantity;
    @CreatedDate private Instant createdAt;
    @Version private String version;

    /** The generated id. */
    public String getId() {
        return id;
    }

    /** Sets the id. */
    public void setId(String id) {
        this.id = id;
    }

    /** The category (index partition). */
    public String getCategory() {
        return category;
    }

    /** Sets the category. */
    public void setCategory(String category) {
        this.category = category;
    }

    /** The title. */
    public String getTitle() {
        return title;
    }

    /** Sets the title. */
    public void setTitle(String title) {
        this.title = title;
    }

    /** The body text. */
    public String getBody() {
        return body;
    }

    /** Sets the body text. */
    public void setBody(String body) {
        this.body = body;
    }

    /** A quantity. */
    public Integer getQuantity() {
        return quantity;
    }

    /** Sets the quantity. */
    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    /** When the item was created. */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Sets the creation date. */
    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** The version. */
    public String getVersion() {
        return version;
    }

    /** Sets the version. */
    public void setVersion(String version) {
        this.version = version;
    }
}
