package dev.dynamobao.engine.internal.operation;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Compares a stored item with the item a write put, as DynamoDB stores values: numbers by value
 * ({@code 1.50} equals {@code 1.5}), sets as sets (a server may return members in any order).
 */
final class StoredItems {

    private StoredItems() {
    }

    /** Whether {@code stored} holds exactly the attributes and values of {@code written}. */
    static boolean same(Map<String, AttributeValue> written, Map<String, AttributeValue> stored) {
        if (stored == null || written.size() != stored.size()) {
            return false;
        }
        for (Map.Entry<String, AttributeValue> entry : written.entrySet()) {
            if (!same(entry.getValue(), stored.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code stored} carries {@code value} in {@code attribute}. */
    static boolean carries(Map<String, AttributeValue> stored, String attribute, AttributeValue value) {
        return stored != null && same(value, stored.get(attribute));
    }

    private static boolean same(AttributeValue a, AttributeValue b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.n() != null || b.n() != null) {
            return a.n() != null && b.n() != null && new BigDecimal(a.n()).compareTo(new BigDecimal(b.n())) == 0;
        }
        if (a.hasSs() || b.hasSs()) {
            return a.hasSs() && b.hasSs() && sameSet(a.ss(), b.ss());
        }
        if (a.hasNs() || b.hasNs()) {
            return a.hasNs() && b.hasNs() && sameSet(a.ns().stream().map(n -> new BigDecimal(n).stripTrailingZeros()).toList(),
                    b.ns().stream().map(n -> new BigDecimal(n).stripTrailingZeros()).toList());
        }
        if (a.hasBs() || b.hasBs()) {
            return a.hasBs() && b.hasBs() && sameSet(a.bs(), b.bs());
        }
        if (a.hasM() || b.hasM()) {
            return a.hasM() && b.hasM() && same(a.m(), b.m());
        }
        if (a.hasL() || b.hasL()) {
            if (!a.hasL() || !b.hasL() || a.l().size() != b.l().size()) {
                return false;
            }
            for (int i = 0; i < a.l().size(); i++) {
                if (!same(a.l().get(i), b.l().get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    private static <T> boolean sameSet(List<T> a, List<T> b) {
        return a.size() == b.size() && new HashSet<>(a).equals(new HashSet<>(b));
    }
}
