package dev.dynamobao.engine.internal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class LazyPagesTest {

    private static Map<String, AttributeValue> key(int page) {
        return Map.of("_pk", AttributeValue.fromS("page" + page));
    }

    /** Three pages of two items, the middle one preceded by an empty page; records which pages were read. */
    private static LazyPages.Batch<Integer> page(Map<String, AttributeValue> start, List<Map<String, AttributeValue>> reads) {
        reads.add(start);
        if (start == null) {
            return new LazyPages.Batch<>(List.of(1, 2), key(1));
        }
        return switch (start.get("_pk").s()) {
            case "page1" -> new LazyPages.Batch<>(List.of(), key(2));
            case "page2" -> new LazyPages.Batch<>(List.of(3, 4), key(3));
            default -> new LazyPages.Batch<>(List.of(5, 6), null);
        };
    }

    @Test
    void stream_readsEveryPageInOrder_skippingEmptyPages() {
        List<Map<String, AttributeValue>> reads = new ArrayList<>();

        List<Integer> all = LazyPages.stream(null, start -> page(start, reads)).toList();

        assertEquals(List.of(1, 2, 3, 4, 5, 6), all);
        assertEquals(4, reads.size());
    }

    @Test
    void stream_readsOnlyThePagesConsumed() {
        List<Map<String, AttributeValue>> reads = new ArrayList<>();

        List<Integer> first = LazyPages.stream(null, start -> page(start, reads)).limit(2).toList();

        assertEquals(List.of(1, 2), first);
        assertEquals(1, reads.size());
    }

    @Test
    void stream_fromAStartKey_beginsThere() {
        List<Map<String, AttributeValue>> reads = new ArrayList<>();

        assertEquals(List.of(5, 6), LazyPages.stream(key(3), start -> page(start, reads)).toList());
        assertEquals(List.of(key(3)), reads);
    }

    @Test
    void stream_whenNothingIsRead_sendsNothing() {
        List<Map<String, AttributeValue>> reads = new ArrayList<>();

        LazyPages.stream(null, start -> page(start, reads));

        assertEquals(0, reads.size());
    }
}
