package dev.dynamobao.tck.changes;

import dev.dynamobao.annotation.Model;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.Set;

/** An enhanced entity whose only in-place-mutable value is a string set: a flush looks only at the cards that reported a change. */
@Entity
@Model(prefix = "cd", iterable = false)
public class Card {

    @Id @GeneratedValue private String cardId;
    private String title;
    private Set<String> tags;

    public String getCardId() {
        return cardId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Set<String> getTags() {
        return tags;
    }

    public void setTags(Set<String> tags) {
        this.tags = tags;
    }
}
