package dev.dynamobao.tck.fault;

import dev.dynamobao.annotation.Counter;
import dev.dynamobao.annotation.Index;
import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.Unique;
import dev.dynamobao.annotation.UniqueId;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;

/** A versioned entity with a unique email, an index on region, a counter and a string set. */
@Entity
@Model(prefix = "fa", iterable = false)
@Unique(name = "uniqueEmail", field = "email", id = UniqueId.UC1)
@Index(name = "accountsByRegion", id = IndexId.GSI1, partitionKey = "region", sortKey = "email")
public class Account {

    @Id @GeneratedValue private String accountId;
    private String email;
    private String region;
    private String nickname;
    @Counter private long logins;
    private Set<String> roles = new LinkedHashSet<>();
    @Version private String version;

    public String getAccountId() {
        return accountId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    public long getLogins() {
        return logins;
    }

    /** {@code logins++}. */
    public void login() {
        logins++;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = roles;
    }

    public String getVersion() {
        return version;
    }
}
