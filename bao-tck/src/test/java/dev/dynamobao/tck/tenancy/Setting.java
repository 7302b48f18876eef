package dev.dynamobao.tck.tenancy;

import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.SortKey;
import jakarta.persistence.Entity;

/** A shape-C model (partition key = model prefix), which cannot be tenant-isolated ({@code LAYOUT.md} §11). */
@Entity
@Model(prefix = "st", iterable = false)
public class Setting {

    @SortKey private String key;
    private String value;

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
