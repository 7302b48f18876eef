package dev.dynamobao.tck.model;

import dev.dynamobao.annotation.CreatedDate;
import dev.dynamobao.annotation.Email;
import dev.dynamobao.annotation.Index;
import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.ModifiedDate;
import dev.dynamobao.annotation.Unique;
import dev.dynamobao.annotation.UniqueId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;

/** A user, as in the golden models: ULID id, unique e-mail, users-by-role index, iterable. */
@Entity
@Model(prefix = "u", iterable = true, iterationBuckets = 10)
@Index(name = "usersByRole", id = IndexId.GSI1, partitionKey = "role", sortKey = "name")
@Unique(name = "uniqueEmail", field = "email", id = UniqueId.UC1)
public class User {

    @Id @GeneratedValue private String userId;
    @Column(nullable = false) private String name;
    @Email @Column(nullable = false) private String email;
    private String role;
    @CreatedDate private Instant createdAt;
    @ModifiedDate private Instant modifiedAt;

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public void setModifiedAt(Instant modifiedAt) {
        this.modifiedAt = modifiedAt;
    }
}
