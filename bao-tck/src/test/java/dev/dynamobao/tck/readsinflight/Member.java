package dev.dynamobao.tck.readsinflight;

import dev.dynamobao.annotation.Model;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A user-like model with the default 10 iteration buckets and no unique constraint (cheap to write in bulk). */
@Entity
@Model(prefix = "mb", iterable = true, iterationBuckets = 10)
public class Member {

    @Id @GeneratedValue private String memberId;
    @Column(nullable = false) private String name;

    public Member() {
    }

    public Member(String name) {
        this.name = name;
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
}
