package dev.dynamobao.benchmarks.tracking;

import jakarta.persistence.Entity;

/** Enhanced at build time by the {@code enhance} goal: its writes set dirty bits. */
@Entity
public class TrackedItem {

    private String name;
    private long counter;

    /** Writes {@code name}. */
    public void setName(String name) {
        this.name = name;
    }

    /** Increments {@code counter}. */
    public void increment() {
        counter++;
    }

    /** The name. */
    public String getName() {
        return name;
    }

    /** The counter. */
    public long getCounter() {
        return counter;
    }
}
