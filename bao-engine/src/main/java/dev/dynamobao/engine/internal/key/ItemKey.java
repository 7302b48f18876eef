package dev.dynamobao.engine.internal.key;

import java.util.Map;
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

    /** The key of a stored item. */
    public static ItemKey of(Map<String, AttributeValue> item) {
        return new ItemKey(item.get(LayoutAttributes.PK).s(), item.get(LayoutAttributes.SK).s());
    }
}
