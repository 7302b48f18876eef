package dev.dynamobao.tck.fault;

import dev.dynamobao.annotation.Counter;
import dev.dynamobao.annotation.Model;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.LinkedHashSet;
import java.util.Set;

/** An unversioned entity without unique constraints: a counter, a string set, a plain field. */
@Entity
@Model(prefix = "fm", iterable = false)
public class Meter {

    @Id @GeneratedValue private String meterId;
    private String note;
    @Counter private long reads;
    private Set<String> labels = new LinkedHashSet<>();

    public String getMeterId() {
        return meterId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getReads() {
        return reads;
    }

    /** {@code reads++}. */
    public void read() {
        reads++;
    }

    public Set<String> getLabels() {
        return labels;
    }

    public void setLabels(Set<String> labels) {
        this.labels = labels;
    }
}
