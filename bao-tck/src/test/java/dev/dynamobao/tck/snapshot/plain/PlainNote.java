package dev.dynamobao.tck.snapshot.plain;

import dev.dynamobao.annotation.Counter;
import dev.dynamobao.annotation.CreatedDate;
import dev.dynamobao.annotation.Index;
import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.ModifiedDate;
import dev.dynamobao.tck.snapshot.Note;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;

/** A note that is NOT enhanced (excluded in bao-tck's pom): the twin of {@link dev.dynamobao.tck.snapshot.TrackedNote}. */
@Entity
@Model(prefix = "pn", iterable = true, iterationBuckets = 10)
@Index(name = "notesByCategory", id = IndexId.GSI1, partitionKey = "category", sortKey = "priority")
public class PlainNote implements Note {

    @Id @GeneratedValue private String noteId;
    @Column(nullable = false) private String title;
    private String body;
    private String category;
    private Integer priority;
    private Set<String> labels;
    @Counter private long views;
    @CreatedDate private Instant createdAt;
    @ModifiedDate private Instant modifiedAt;
    @Version private String version;

    /** {@code views++}. */
    @Override
    public void view() {
        views++;
    }

    @Override
    public String getNoteId() {
        return noteId;
    }

    public void setNoteId(String noteId) {
        this.noteId = noteId;
    }

    @Override
    public String getTitle() {
        return title;
    }

    @Override
    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    @Override
    public void setBody(String body) {
        this.body = body;
    }

    public String getCategory() {
        return category;
    }

    @Override
    public void setCategory(String category) {
        this.category = category;
    }

    public Integer getPriority() {
        return priority;
    }

    @Override
    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    @Override
    public Set<String> getLabels() {
        return labels;
    }

    @Override
    public void setLabels(Set<String> labels) {
        this.labels = labels;
    }

    public long getViews() {
        return views;
    }

    public void setViews(long views) {
        this.views = views;
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

    @Override
    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
