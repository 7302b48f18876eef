package dev.dynamobao.samples.relations;

import dev.dynamobao.annotation.Model;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A tag that posts can carry (many-to-many through {@link PostTag}). */
@Entity
@Model(prefix = "t", iterable = true, iterationBuckets = 10)
public class Tag {

    @Id
    @GeneratedValue
    private String tagId;
    @Column(nullable = false)
    private String name;

    /** For DynamoBao. */
    protected Tag() {
    }

    /** A new tag. */
    public Tag(String name) {
        this.name = name;
    }

    public String getTagId() {
        return tagId;
    }

    public String getName() {
        return name;
    }
}
