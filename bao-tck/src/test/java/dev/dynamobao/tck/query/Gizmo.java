package dev.dynamobao.tck.query;

import dev.dynamobao.annotation.Index;
import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.SortKey;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A query test model: composite key (shelf, position), fields named after DynamoDB reserved
 * words ({@code name}, {@code status}, {@code size}, {@code count}), one field of each filterable
 * type, a GSI on {@code status}, a GSI partitioned by the model prefix and a primary-key alias.
 */
@Entity
@Model(prefix = "gz", iterable = false)
@Index(name = "byStatus", id = IndexId.GSI1, partitionKey = "status", sortKey = "position")
@Index(name = "allByName", id = IndexId.GSI2, partitionKey = Index.MODEL_PREFIX, sortKey = "name")
@Index(name = "onShelf", id = IndexId.PRIMARY_KEY)
public class Gizmo {

    @Id private String shelf;
    @SortKey private Integer position;
    private String name;
    private String status;
    private Integer size;
    private Long count;
    private Boolean active;
    private Set<String> labels = new LinkedHashSet<>();
    private String notes;
    private Instant madeAt;

    public Gizmo() {
    }

    public Gizmo(String shelf, int position, String name, String status) {
        this.shelf = shelf;
        this.position = position;
        this.name = name;
        this.status = status;
    }

    public String getShelf() {
        return shelf;
    }

    public void setShelf(String shelf) {
        this.shelf = shelf;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }

    public Long getCount() {
        return count;
    }

    public void setCount(Long count) {
        this.count = count;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public Set<String> getLabels() {
        return labels;
    }

    public void setLabels(Set<String> labels) {
        this.labels = labels;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Instant getMadeAt() {
        return madeAt;
    }

    public void setMadeAt(Instant madeAt) {
        this.madeAt = madeAt;
    }
}
