package dev.dynamobao.tck.model;

import dev.dynamobao.annotation.Index;
import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.SortKey;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A composite key with an integer sort key, as in the golden models. */
@Entity
@Model(prefix = "r", iterable = true, iterationBuckets = 10)
@Index(name = "readingsForDevice", id = IndexId.PRIMARY_KEY)
public class Reading {

    @Id private String deviceId;
    @SortKey private Integer seq;
    private Double value;

    public String getDeviceId() {
        return deviceId;
    }

    public void setDeviceId(String deviceId) {
        this.deviceId = deviceId;
    }

    public Integer getSeq() {
        return seq;
    }

    public void setSeq(Integer seq) {
        this.seq = seq;
    }

    public Double getValue() {
        return value;
    }

    public void setValue(Double value) {
        this.value = value;
    }
}
