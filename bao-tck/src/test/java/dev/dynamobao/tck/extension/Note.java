package dev.dynamobao.tck.extension;

import dev.dynamobao.annotation.Model;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A minimal entity for the injection tests. */
@Entity
@Model(prefix = "note", iterable = false)
public class Note {

    @Id
    @GeneratedValue
    private String noteId;

    private String text;

    public String getNoteId() {
        return noteId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
