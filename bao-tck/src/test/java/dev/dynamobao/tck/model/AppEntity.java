package dev.dynamobao.tck.model;

import dev.dynamobao.annotation.Index;
import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.SortKey;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A composite-key model (partition + sort), as in the golden models. */
@Entity
@Model(prefix = "ae", iterable = true, iterationBuckets = 10)
@Index(name = "entitiesForApp", id = IndexId.PRIMARY_KEY)
public class AppEntity {

    @Id private String appId;
    @SortKey private String entityId;
    private String data;

    public String getAppId() {
        return appId;
    }

    public void setAppId(String appId) {
        this.appId = appId;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getData() {
        return data;
    }

    public void setData(String data) {
        this.data = data;
    }
}
