package dev.dynamobao.benchmarks.tracking;

/** The same shape as {@link TrackedItem} without {@code @Entity}: never enhanced, the baseline. */
public class PlainItem {

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
