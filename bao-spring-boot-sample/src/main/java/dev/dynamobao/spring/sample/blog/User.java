package dev.dynamobao.spring.sample.blog;

import dev.dynamobao.annotation.CreatedDate;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.Unique;
import dev.dynamobao.annotation.UniqueId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;

/** A blog author: the quick start's {@code User} (prefix {@code u}, unique e-mail on {@code uc1}). */
@Entity
@Model(prefix = "u")
@Unique(name = "uniqueEmail", field = "email", id = UniqueId.UC1)
public class User {

    @Id
    @GeneratedValue
    private String userId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String email;
    @CreatedDate
    private Instant createdAt;

    /** For the engine. */
    protected User() {
    }

    /** A new user. */
    public User(String name, String email) {
        this.name = name;
        this.email = email;
    }

    /** The ULID assigned on persist. */
    public String getUserId() {
        return userId;
    }

    /** The display name. */
    public String getName() {
        return name;
    }

    /** Renames the user. */
    public void setName(String name) {
        this.name = name;
    }

    /** The unique e-mail address. */
    public String getEmail() {
        return email;
    }

    /** When the user was created. */
    public Instant getCreatedAt() {
        return createdAt;
    }
}
