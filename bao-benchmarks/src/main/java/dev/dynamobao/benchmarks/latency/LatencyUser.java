package dev.dynamobao.benchmarks.latency;

import dev.dynamobao.annotation.CreatedDate;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.ModifiedDate;
import dev.dynamobao.annotation.Unique;
import dev.dynamobao.annotation.UniqueId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;

/** The seed's {@code User}: generated id, a unique e-mail, iterable in 10 buckets. */
@Entity
@Model(prefix = "u", iterable = true, iterationBuckets = 10)
@Unique(name = "uniqueEmail", field = "email", id = UniqueId.UC1)
public class LatencyUser {

    @Id @GeneratedValue private String userId;
    @Column(nullable = false) private String name;
    @Column(nullable = false) private String email;
    @CreatedDate private Instant createdAt;
    @ModifiedDate private Instant modifiedAt;

    /** For DynamoBao. */
    protected LatencyUser() {
    }

    /** A new user. */
    public LatencyUser(String name, String email) {
        this.name = name;
        this.email = email;
    }

    /** The generated id. */
    public String getUserId() {
        return userId;
    }

    /** The display name. */
    public String getName() {
        return name;
    }

    /** Sets the display name. */
    public void setName(String name) {
        this.name = name;
    }

    /** The unique e-mail. */
    public String getEmail() {
        return email;
    }

    /** When the user was created. */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** When the user was last written. */
    public Instant getModifiedAt() {
        return modifiedAt;
    }
}
