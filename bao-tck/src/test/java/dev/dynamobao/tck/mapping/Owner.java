package dev.dynamobao.tck.mapping;

import dev.dynamobao.annotation.Model;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** The target of the reference field of {@link Everything}. */
@Entity
@Model(prefix = "mo", iterable = false)
public class Owner {

    @Id @GeneratedValue private String ownerId;
    private String name;

    public String getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(String ownerId) {
        this.ownerId = ownerId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
