package dev.dynamobao.tck.iteration;

import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.SortKey;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A composite-key iterable model with a single bucket ({@code _iter_pk = "sh#iter"}). */
@Entity
@Model(prefix = "sh", iterable = true, iterationBuckets = 1)
public class Shelf {

    @Id private String storeId;
    @SortKey private String shelfId;
    private String label;

    public Shelf() {
    }

    public Shelf(String storeId, String shelfId, String label) {
        this.storeId = storeId;
        this.shelfId = shelfId;
        this.label = label;
    }

    public String getStoreId() {
        return storeId;
    }

    public void setStoreId(String storeId) {
        this.storeId = storeId;
    }

    public String getShelfId() {
        return shelfId;
    }

    public void setShelfId(String shelfId) {
        this.shelfId = shelfId;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
