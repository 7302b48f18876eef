package dev.dynamobao.tck.validation;

import dev.dynamobao.annotation.Email;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.NumberRange;
import dev.dynamobao.annotation.Ttl;
import dev.dynamobao.annotation.Ulid;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;

/** A model with every runtime-validated kind of field. */
@Entity
@Model(prefix = "vm", iterable = false)
public class Member {

    @Id @GeneratedValue private String memberId;
    @Column(nullable = false) private String name;
    @Email private String email;
    @Ulid private String referralId;
    @NumberRange(min = 0, max = 5) private Double rating;
    private String nickname;
    @Ttl private Instant ttl;

    /** A member with the required name set. */
    public static Member named(String name) {
        Member member = new Member();
        member.setName(name);
        return member;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getReferralId() {
        return referralId;
    }

    public void setReferralId(String referralId) {
        this.referralId = referralId;
    }

    public Double getRating() {
        return rating;
    }

    public void setRating(Double rating) {
        this.rating = rating;
    }

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    public Instant getTtl() {
        return ttl;
    }

    public void setTtl(Instant ttl) {
        this.ttl = ttl;
    }
}
