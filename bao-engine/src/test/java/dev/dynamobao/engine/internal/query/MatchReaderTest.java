package dev.dynamobao.engine.internal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamobao.ValidationException;
import dev.dynamobao.engine.internal.operation.QueryOperation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class MatchReaderTest {

    private static final List<String> KEYS = List.of("_pk", "_sk", "_gsi1_pk", "_gsi1_sk");

    private static Map<String, AttributeValue> item(int n) {
        return Map.of("_pk", AttributeValue.fromS("p#" + n), "_sk", AttributeValue.fromS("p"),
                "_gsi1_pk", AttributeValue.fromS("p#gsi1#x"), "_gsi1_sk", AttributeValue.fromS(String.format("%03d", n)),
                "title", AttributeValue.fromS("t" + n));
    }

    private static Map<String, AttributeValue> key(int n) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(item(n));
        item.remove("title");
        return item;
    }

    /** Answers requests from a script and records the start keys and limits it was sent. */
    private static final class ScriptedSource implements MatchReader.Source {
        final Deque<QueryOperation.Result> responses = new ArrayDeque<>();
        final List<Map<String, AttributeValue>> starts = new ArrayList<>();
        final List<Integer> limits = new ArrayList<>();

        ScriptedSource respond(Map<String, AttributeValue> last, int... items) {
            List<Map<String, AttributeValue>> list = new ArrayList<>();
            for (int n : items) {
                list.add(item(n));
            }
            responses.add(new QueryOperation.Result(list, last));
            return this;
        }

        @Override
        public QueryOperation.Result read(Map<String, AttributeValue> startKey, Integer limit) {
            starts.add(startKey);
            limits.add(limit);
            return responses.removeFirst();
        }
    }

    private static List<String> titles(MatchReader.Chunk chunk) {
        return chunk.items().stream().map(item -> item.get("title").s()).toList();
    }

    @Test
    void read_withLimit_continuesUntilNMatches_andResumesFromTheLastReturnedItem() {
        ScriptedSource source = new ScriptedSource().respond(key(4), 2).respond(key(8), 5, 6, 7, 8);

        MatchReader.Chunk chunk = new MatchReader(source, KEYS).read(null, 3);

        assertEquals(List.of("t2", "t5", "t6"), titles(chunk));
        assertEquals(key(6), chunk.nextStartKey());
        assertEquals(List.of(3, 3), source.limits);
        assertNull(source.starts.get(0));
        assertEquals(key(4), source.starts.get(1));
    }

    @Test
    void read_whenMatchesFillTheLimitExactly_usesTheLastEvaluatedKey() {
        ScriptedSource source = new ScriptedSource().respond(key(9), 7, 9);

        MatchReader.Chunk chunk = new MatchReader(source, KEYS).read(key(3), 2);

        assertEquals(List.of("t7", "t9"), titles(chunk));
        assertEquals(key(9), chunk.nextStartKey());
        assertEquals(key(3), source.starts.get(0));
    }

    @Test
    void read_whenThePartitionEnds_returnsFewerItemsAndNoNextKey() {
        ScriptedSource source = new ScriptedSource().respond(key(5), 1).respond(null, 9);

        MatchReader.Chunk chunk = new MatchReader(source, KEYS).read(null, 5);

        assertEquals(List.of("t1", "t9"), titles(chunk));
        assertNull(chunk.nextStartKey());
    }

    @Test
    void read_withoutLimit_returnsTheFirstResponseWithMatches() {
        ScriptedSource source = new ScriptedSource().respond(key(100)).respond(key(200), 150, 160).respond(null, 250);

        MatchReader.Chunk chunk = new MatchReader(source, KEYS).read(null, null);

        assertEquals(List.of("t150", "t160"), titles(chunk));
        assertEquals(key(200), chunk.nextStartKey());
        assertEquals(2, source.starts.size());
        assertNull(source.limits.get(0));
    }

    @Test
    void read_withoutLimit_onAnEmptyPartition_returnsNothing() {
        MatchReader.Chunk chunk = new MatchReader(new ScriptedSource().respond(null), KEYS).read(null, null);

        assertEquals(List.of(), chunk.items());
        assertNull(chunk.nextStartKey());
    }

    @Test
    void read_whenAReturnedItemLacksAKeyAttribute_throws() {
        ScriptedSource source = new ScriptedSource();
        source.responses.add(new QueryOperation.Result(List.of(Map.of("_pk", AttributeValue.fromS("a")),
                Map.of("_pk", AttributeValue.fromS("b"))), null));

        assertThrows(IllegalStateException.class, () -> new MatchReader(source, KEYS).read(null, 1));
    }

    @Test
    void read_withLimitBelowOne_throwsValidation() {
        assertThrows(ValidationException.class, () -> new MatchReader(new ScriptedSource(), KEYS).read(null, 0));
    }
}
