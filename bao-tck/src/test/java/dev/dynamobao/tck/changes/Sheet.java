package dev.dynamobao.tck.changes;

import dev.dynamobao.annotation.Model;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.Set;

/** An enhanced, versioned entity with every kind of in-place-mutable value: a string set, bytes, a mutable user type. */
@Entity
@Model(prefix = "sh", iterable = false)
public class Sheet {

    @Id @GeneratedValue private String sheetId;
    private String title;
    private Set<String> labels;
    private byte[] payload;
    @Convert(converter = SizeConverter.class) private Size size;
    @Version private String version;

    public String getSheetId() {
        return sheetId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Set<String> getLabels() {
        return labels;
    }

    public void setLabels(Set<String> labels) {
        this.labels = labels;
    }

    public byte[] getPayload() {
        return payload;
    }

    public void setPayload(byte[] payload) {
        this.payload = payload;
    }

    public Size getSize() {
        return size;
    }

    public void setSize(Size size) {
        this.size = size;
    }

    public String getVersion() {
        return version;
    }
}
