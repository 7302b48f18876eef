package dev.dynamobao.tck.snapshot;

import java.util.Set;

/** What the twin notes have in common, so that one scenario drives both. */
public interface Note {

    String getNoteId();

    String getTitle();

    void setTitle(String title);

    void setBody(String body);

    void setCategory(String category);

    void setPriority(Integer priority);

    Set<String> getLabels();

    void setLabels(Set<String> labels);

    String getVersion();

    /** {@code views++}. */
    void view();
}
