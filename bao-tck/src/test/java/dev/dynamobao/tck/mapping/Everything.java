package dev.dynamobao.tck.mapping;

import dev.dynamobao.Ref;
import dev.dynamobao.annotation.Counter;
import dev.dynamobao.annotation.CreatedDate;
import dev.dynamobao.annotation.Email;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.ModifiedDate;
import dev.dynamobao.annotation.Ttl;
import dev.dynamobao.annotation.Ulid;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Set;

/** One field of every supported type (LAYOUT.md §5), plus an enum and a user type with a converter. */
@Entity
@Model(prefix = "ev", iterable = false)
public class Everything {

    @Id @GeneratedValue private String id;
    private String text;
    @Email private String email;
    @Ulid private String ulid;
    @Column(name = "display_name") private String displayName;
    private Integer boxedInt;
    private int primitiveInt;
    private Long boxedLong;
    private long primitiveLong;
    private short primitiveShort;
    private BigInteger bigInteger;
    private Double boxedDouble;
    private double primitiveDouble;
    private Float boxedFloat;
    private float primitiveFloat;
    private BigDecimal decimal;
    private Boolean boxedBool;
    private boolean primitiveBool;
    private byte[] bytes;
    private Instant happenedAt;
    @CreatedDate private Instant createdAt;
    @ModifiedDate private Instant modifiedAt;
    @Version private String version;
    @Counter private Long hits;
    @Ttl private Instant ttl;
    private Set<String> labels;
    private Ref<Owner> owner;
    private Color color;
    @Convert(converter = MoneyConverter.class) private Money price;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUlid() {
        return ulid;
    }

    public void setUlid(String ulid) {
        this.ulid = ulid;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Integer getBoxedInt() {
        return boxedInt;
    }

    public void setBoxedInt(Integer boxedInt) {
        this.boxedInt = boxedInt;
    }

    public int getPrimitiveInt() {
        return primitiveInt;
    }

    public void setPrimitiveInt(int primitiveInt) {
        this.primitiveInt = primitiveInt;
    }

    public Long getBoxedLong() {
        return boxedLong;
    }

    public void setBoxedLong(Long boxedLong) {
        this.boxedLong = boxedLong;
    }

    public long getPrimitiveLong() {
        return primitiveLong;
    }

    public void setPrimitiveLong(long primitiveLong) {
        this.primitiveLong = primitiveLong;
    }

    public short getPrimitiveShort() {
        return primitiveShort;
    }

    public void setPrimitiveShort(short primitiveShort) {
        this.primitiveShort = primitiveShort;
    }

    public BigInteger getBigInteger() {
        return bigInteger;
    }

    public void setBigInteger(BigInteger bigInteger) {
        this.bigInteger = bigInteger;
    }

    public Double getBoxedDouble() {
        return boxedDouble;
    }

    public void setBoxedDouble(Double boxedDouble) {
        this.boxedDouble = boxedDouble;
    }

    public double getPrimitiveDouble() {
        return primitiveDouble;
    }

    public void setPrimitiveDouble(double primitiveDouble) {
        this.primitiveDouble = primitiveDouble;
    }

    public Float getBoxedFloat() {
        return boxedFloat;
    }

    public void setBoxedFloat(Float boxedFloat) {
        this.boxedFloat = boxedFloat;
    }

    public float getPrimitiveFloat() {
        return primitiveFloat;
    }

    public void setPrimitiveFloat(float primitiveFloat) {
        this.primitiveFloat = primitiveFloat;
    }

    public BigDecimal getDecimal() {
        return decimal;
    }

    public void setDecimal(BigDecimal decimal) {
        this.decimal = decimal;
    }

    public Boolean getBoxedBool() {
        return boxedBool;
    }

    public void setBoxedBool(Boolean boxedBool) {
        this.boxedBool = boxedBool;
    }

    public boolean isPrimitiveBool() {
        return primitiveBool;
    }

    public void setPrimitiveBool(boolean primitiveBool) {
        this.primitiveBool = primitiveBool;
    }

    public byte[] getBytes() {
        return bytes;
    }

    public void setBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public void setHappenedAt(Instant happenedAt) {
        this.happenedAt = happenedAt;
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

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public Long getHits() {
        return hits;
    }

    public void setHits(Long hits) {
        this.hits = hits;
    }

    public Instant getTtl() {
        return ttl;
    }

    public void setTtl(Instant ttl) {
        this.ttl = ttl;
    }

    public Set<String> getLabels() {
        return labels;
    }

    public void setLabels(Set<String> labels) {
        this.labels = labels;
    }

    public Ref<Owner> getOwner() {
        return owner;
    }

    public void setOwner(Ref<Owner> owner) {
        this.owner = owner;
    }

    public Color getColor() {
        return color;
    }

    public void setColor(Color color) {
        this.color = color;
    }

    public Money getPrice() {
        return price;
    }

    public void setPrice(Money price) {
        this.price = price;
    }
}
