package dev.dynamobao.tck.validation;

import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.SortKey;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A composite-key model whose key values are checked for the reserved separator. */
@Entity
@Model(prefix = "vs", iterable = false)
public class Slot {

    @Id private String room;
    @SortKey private String time;

    /** A slot of {@code room} at {@code time}. */
    public static Slot of(String room, String time) {
        Slot slot = new Slot();
        slot.room = room;
        slot.time = time;
        return slot;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }
}
