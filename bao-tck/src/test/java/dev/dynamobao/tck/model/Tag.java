package dev.dynamobao.tck.model;

import dev.dynamobao.annotation.Model;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A tag, as in the golden models. */
@Entity
@Model(prefix = "t", iterable = true, iterationBuckets = 10)
public class Tag {

    @Id @GeneratedValue private String tagId;
    @Column(nullable = false) private String name;

    public String getTagId() {
        return tagId;
    }

    public void setTagId(String tagId) {
        this.tagId = tagId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
