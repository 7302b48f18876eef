package dev.dynamobao.tck.unique;

import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.Unique;
import dev.dynamobao.annotation.UniqueId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A member with two optional unique fields, to cover claims from and releases to null. */
@Entity
@Model(prefix = "mb", iterable = false)
@Unique(name = "uniqueHandle", field = "handle", id = UniqueId.UC1)
@Unique(name = "uniquePhone", field = "phone", id = UniqueId.UC2)
public class Member {

    @Id @GeneratedValue private String memberId;
    @Column(nullable = false) private String name;
    private String handle;
    private String phone;

    public Member() {
    }

    public Member(String name, String handle, String phone) {
        this.name = name;
        this.handle = handle;
        this.phone = phone;
    }

    public String getMemberId() {
        return memberId;
    }

    public void setMemberId(String memberId) {
        this.memberId = memberId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHandle() {
        return handle;
    }

    public void setHandle(String handle) {
        this.handle = handle;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
