package dev.dynamobao.samples.quickstart;

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

/**
 * The seed's {@code User} model, field for field, so that dynamo-bao (JavaScript) reads what this
 * sample writes. The annotation processor generates {@code User_} with the seed's
 * {@code findByEmail} ({@code User_.findByEmail(em, email)}):
 *
 * <pre>
 * User:
 *   modelPrefix: u
 *   iterable: true            # stated explicitly (LAYOUT.md §16.2)
 *   fields:
 *     userId: {type: UlidField, autoAssign: true, required: true}
 *     name: {type: StringField, required: true}
 *     email: {type: StringField, required: true}
 *     profilePictureUrl: {type: StringField}
 *     createdAt: {type: CreateDateField}
 *     modifiedAt: {type: ModifiedDateField}
 *     role: {type: StringField}
 *   primaryKey: {partitionKey: userId}
 *   uniqueConstraints:
 *     uniqueEmail: {field: email, uniqueConstraintId: uc1}
 * </pre>
 */
@Entity
@Model(prefix = "u", iterable = true, iterationBuckets = 10)
@Unique(name = "uniqueEmail", field = "email", id = UniqueId.UC1)
public class User {

    @Id
    @GeneratedValue
    private String userId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String email;
    private String profilePictureUrl;
    @CreatedDate
    private Instant createdAt;
    @ModifiedDate
    private Instant modifiedAt;
    private String role;

    /** For DynamoBao. */
    protected User() {
    }

    /** A new user. */
    public User(String name, String email) {
        this.name = name;
        this.email = email;
    }

    public String getUserId() {
        return userId;
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

    public String getProfilePictureUrl() {
        return profilePictureUrl;
    }

    public void setProfilePictureUrl(String profilePictureUrl) {
        this.profilePictureUrl = profilePictureUrl;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
