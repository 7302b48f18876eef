package dev.dynamobao.tck.model;

import dev.dynamobao.annotation.Counter;
import dev.dynamobao.annotation.Index;
import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.Ttl;
import dev.dynamobao.annotation.Ulid;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Set;

/** Every field type of the golden models: integer, float, boolean, binary, date, counter, TTL, string set. */
@Entity
@Model(prefix = "w", iterable = false)
@Index(name = "widgetsByQuantity", id = IndexId.GSI1, partitionKey = Index.MODEL_PREFIX, sortKey = "quantity")
@Index(name = "widgetsByActive", id = IndexId.GSI2, partitionKey = "active", sortKey = "price")
@Index(name = "widgetsByLaunch", id = IndexId.GSI4, partitionKey = Index.MODEL_PREFIX, sortKey = "launchedAt")
public class Widget {

    @Id @Ulid private String widgetId;
    @Column(nullable = false) private String name;
    private Integer quantity;
    private Double price;
    private Boolean active;
    private byte[] payload;
    private Instant launchedAt;
    @Counter private Long views;
    @Ttl private Instant ttl;
    private Set<String> labels;

    public String getWidgetId() {
        return widgetId;
    }

    public void setWidgetId(String widgetId) {
        this.widgetId = widgetId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public Double getPrice() {
        return price;
    }

    public void setPrice(Double price) {
        this.price = price;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public byte[] getPayload() {
        return payload;
    }

    public void setPayload(byte[] payload) {
        this.payload = payload;
    }

    public Instant getLaunchedAt() {
        return launchedAt;
    }

    public void setLaunchedAt(Instant launchedAt) {
        this.launchedAt = launchedAt;
    }

    public Long getViews() {
        return views;
    }

    public void setViews(Long views) {
        this.views = views;
    }

    public Instant getTtl() {
        return ttl;
    }

    public void setTtl(Instant ttl) {
        this.ttl = ttl;
    }

    public Set<String> getLabels() {
        return labels;
    }

    public void setLabels(Set<String> labels) {
        this.labels = labels;
    }
}
