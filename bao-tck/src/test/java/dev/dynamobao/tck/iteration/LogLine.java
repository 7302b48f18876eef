package dev.dynamobao.tck.iteration;

import dev.dynamobao.annotation.Model;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A model that is not iterable: it has no iteration keys and cannot be iterated. */
@Entity
@Model(prefix = "ll", iterable = false)
public class LogLine {

    @Id @GeneratedValue private String lineId;
    private String text;

    public String getLineId() {
        return lineId;
    }

    public void setLineId(String lineId) {
        this.lineId = lineId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
