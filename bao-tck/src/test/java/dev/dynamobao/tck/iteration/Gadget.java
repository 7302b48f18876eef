package dev.dynamobao.tck.iteration;

import dev.dynamobao.annotation.Model;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** An iterable model with the default 10 buckets and no unique constraints (cheap to create in bulk). */
@Entity
@Model(prefix = "gd", iterable = true, iterationBuckets = 10)
public class Gadget {

    @Id @GeneratedValue private String gadgetId;
    @Column(nullable = false) private String name;
    private int serial;

    public Gadget() {
    }

    public Gadget(String name, int serial) {
        this.name = name;
        this.serial = serial;
    }

    public String getGadgetId() {
        return gadgetId;
    }

    public void setGadgetId(String gadgetId) {
        this.gadgetId = gadgetId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getSerial() {
        return serial;
    }

    public void setSerial(int serial) {
        this.serial = serial;
    }
}
