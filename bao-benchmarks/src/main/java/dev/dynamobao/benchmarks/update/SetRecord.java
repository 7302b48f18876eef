package dev.dynamobao.benchmarks.update;

import dev.dynamobao.annotation.Model;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.Set;

/** 12 attributes (id, version, 10 strings) plus a string set, no binary field. */
@Entity
@Model(prefix = "so", iterable = false)
public class SetRecord implements Holder {

    @Id @GeneratedValue private String id;
    @Version private String version;
    private String f01;
    private String f02;
    private String f03;
    private String f04;
    private String f05;
    private String f06;
    private String f07;
    private String f08;
    private String f09;
    private String f10;
    private Set<String> tags;

    @Override
    public String getId() {
        return id;
    }

    @Override
    public void setId(String id) {
        this.id = id;
    }

    public String getVersion() {
        return version;
    }

    @Override
    public void setVersion(String version) {
        this.version = version;
    }

    @Override
    public String getF07() {
        return f07;
    }

    @Override
    public void setF07(String value) {
        this.f07 = value;
    }

    public String getF01() {
        return f01;
    }

    public void setF01(String value) {
        this.f01 = value;
    }

    public String getF02() {
        return f02;
    }

    public void setF02(String value) {
        this.f02 = value;
    }

    public String getF03() {
        return f03;
    }

    public void setF03(String value) {
        this.f03 = value;
    }

    public String getF04() {
        return f04;
    }

    public void setF04(String value) {
        this.f04 = value;
    }

    public String getF05() {
        return f05;
    }

    public void setF05(String value) {
        this.f05 = value;
    }

    public String getF06() {
        return f06;
    }

    public void setF06(String value) {
        this.f06 = value;
    }


    public String getF08() {
        return f08;
    }

    public void setF08(String value) {
        this.f08 = value;
    }

    public String getF09() {
        return f09;
    }

    public void setF09(String value) {
        this.f09 = value;
    }

    public String getF10() {
        return f10;
    }

    public void setF10(String value) {
        this.f10 = value;
    }

    @Override
    public Set<String> getTags() {
        return tags;
    }

    @Override
    public void setTags(Set<String> tags) {
        this.tags = tags;
    }

    @Override
    public byte[] getBlob() {
        return null;
    }

    @Override
    public void setBlob(byte[] blob) {
        // no binary field
    }
}
