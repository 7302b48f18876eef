package dev.dynamobao.engine.internal.key;

import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The table key of one item.
 *
 * @param pk the {@code _pk} value
 * @param sk the {@code _sk} value
 */
public record ItemKey(String pk, String sk) {

    /** The key as an SDK attribute map. */
    public Map<String, AttributeValue> toMap() {
        return Map.of(LayoutAttributes.PK, AttributeValue.fromS(pk), LayoutAttributes.SK, AttributeValue.fromS(sk));
    }

    // equals and hashCode are written out: a record's generated ones are bootstrapped through
    // java.lang.runtime.ObjectMethods on first use, tens of milliseconds of a cold start.

    @Override
    public boolean equals(Object other) {
        return other instanceof ItemKey key && Objects.equals(pk, key.pk) && Objects.equals(sk, key.sk);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(pk) * 31 + Objects.hashCode(sk);
    }

    /** The key of a stored item. */
    public static ItemKey of(Map<String, AttributeValue> item) {
        return new ItemKey(item.get(LayoutAttributes.PK).s(), item.get(LayoutAttributes.SK).s());
    }
}
