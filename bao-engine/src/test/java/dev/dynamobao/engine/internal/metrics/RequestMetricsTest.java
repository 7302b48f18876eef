package dev.dynamobao.engine.internal.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.metrics.RequestEvent;
import dev.dynamobao.metrics.RequestListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestMetricsTest {

    private static RequestEvent event(DynamoOperation operation, double read, double write) {
        return new RequestEvent(operation, "t", 1, new ConsumedCapacity(read, write), Duration.ofMillis(3), true);
    }

    @Test
    void publish_tellsEveryListenerInRegistrationOrder() {
        List<String> calls = new ArrayList<>();
        RequestMetrics metrics = new RequestMetrics(List.of(e -> calls.add("first"), e -> calls.add("second")));

        metrics.publish(event(DynamoOperation.GET_ITEM, 0.5, 0));

        assertEquals(List.of("first", "second"), calls);
    }

    @Test
    void publish_whenAListenerThrows_stillTellsTheOthers_andDoesNotRethrow() {
        RequestCounter counter = new RequestCounter();
        RequestListener broken = e -> {
            throw new IllegalStateException("bug");
        };
        RequestMetrics metrics = new RequestMetrics(List.of(broken, counter));

        metrics.publish(event(DynamoOperation.PUT_ITEM, 0, 1));
        metrics.publish(event(DynamoOperation.GET_ITEM, 0.5, 0));

        assertEquals(2, counter.total());
        assertEquals(new ConsumedCapacity(0.5, 1), counter.capacity());
    }

    @Test
    void publish_withoutListeners_doesNothing() {
        new RequestMetrics(List.of()).publish(event(DynamoOperation.QUERY, 1, 0));
    }
}
