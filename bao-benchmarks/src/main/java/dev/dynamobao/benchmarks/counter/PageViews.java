package dev.dynamobao.benchmarks.counter;

import dev.dynamobao.annotation.Counter;
import dev.dynamobao.annotation.Model;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** An unversioned entity with one counter, as a page-view tally would be. */
@Entity
@Model(prefix = "pv", iterable = false)
public class PageViews {

    @Id @GeneratedValue private String pageId;
    private String path;
    @Counter private long views;

    public String getPageId() {
        return pageId;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public long getViews() {
        return views;
    }

    /** {@code views++}. */
    public void view() {
        views++;
    }
}
