package dev.dynamobao.tck.mapping;

import dev.dynamobao.annotation.Index;
import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.annotation.Model;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;

/** Index keys of every key-capable non-text type: Boolean, Float, Instant, enum, converted value, primitive boolean. */
@Entity
@Model(prefix = "ix", iterable = false)
@Index(name = "byPublished", id = IndexId.GSI3, partitionKey = "published", sortKey = "rating")
@Index(name = "recent", id = IndexId.GSI1, partitionKey = Index.MODEL_PREFIX, sortKey = "happenedAt")
@Index(name = "byColor", id = IndexId.GSI2, partitionKey = "color", sortKey = "amount")
@Index(name = "byArchived", id = IndexId.GSI4, partitionKey = "archived", sortKey = "count")
public class Indexed {

    @Id @GeneratedValue private String id;
    private Boolean published;
    private Double rating;
    private Instant happenedAt;
    private Color color;
    @Convert(converter = MoneyConverter.class) private Money amount;
    private boolean archived;
    private int count;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Boolean getPublished() {
        return published;
    }

    public void setPublished(Boolean published) {
        this.published = published;
    }

    public Double getRating() {
        return rating;
    }

    public void setRating(Double rating) {
        this.rating = rating;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public void setHappenedAt(Instant happenedAt) {
        this.happenedAt = happenedAt;
    }

    public Color getColor() {
        return color;
    }

    public void setColor(Color color) {
        this.color = color;
    }

    public Money getAmount() {
        return amount;
    }

    public void setAmount(Money amount) {
        this.amount = amount;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public int getCount() {
        return count;
    }

    public void setCount(int count) {
        this.count = count;
    }
}
