package dev.dynamobao.tck.update;

import dev.dynamobao.annotation.Counter;
import dev.dynamobao.annotation.Model;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** An unversioned entity with a primitive counter, for concurrent increments. */
@Entity
@Model(prefix = "ty", iterable = false)
public class Tally {

    @Id @GeneratedValue private String tallyId;
    private String name;
    @Counter private long hits;

    /** {@code hits++}. */
    public void hit() {
        hits++;
    }

    public String getTallyId() {
        return tallyId;
    }

    public void setTallyId(String tallyId) {
        this.tallyId = tallyId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public long getHits() {
        return hits;
    }

    public void setHits(long hits) {
        this.hits = hits;
    }
}
