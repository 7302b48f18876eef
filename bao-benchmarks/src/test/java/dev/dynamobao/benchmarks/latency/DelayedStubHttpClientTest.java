package dev.dynamobao.benchmarks.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The bookkeeping of the simulated network: requests counted, the most in flight recorded (never wall time). */
class DelayedStubHttpClientTest {

    @Test
    void requests_whenSentOneAfterAnother_areCountedPerOperationWithOneInFlight() {
        try (LatencyRig rig = new LatencyRig()) {
            for (int i = 0; i < 3; i++) {
                put(rig, "a" + i);
            }
            rig.client().getItem(request -> request.tableName(LatencyRig.TABLE).key(key("a0")));

            assertEquals(4, rig.http().requests());
            assertEquals(Map.of("PutItem", 3L, "GetItem", 1L), rig.http().requestsByOperation());
            assertEquals(1, rig.http().mostInFlight());
            assertEquals(4, rig.http().roundTripsOnCriticalPath());
            assertEquals(0, rig.http().inFlight());
        }
    }

    @Test
    void mostInFlight_whenEightRequestsAreHeldTogether_isEight() throws Exception {
        CyclicBarrier allHeld = new CyclicBarrier(8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (LatencyRig rig = new LatencyRig()) {
            rig.http().hold(() -> allHeld.await(30, TimeUnit.SECONDS));
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String id = "b" + i;
                sent.add(pool.submit(() -> put(rig, id)));
            }
            for (Future<?> future : sent) {
                future.get(60, TimeUnit.SECONDS);
            }

            assertEquals(8, rig.http().requests());
            assertEquals(8, rig.http().mostInFlight());
            assertEquals(1, rig.http().roundTripsOnCriticalPath());
            assertEquals(0, rig.http().inFlight());
            assertEquals(8, rig.http().dynamo().itemCount(LatencyRig.TABLE));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void roundTripsOnCriticalPath_whenARequestFollowsTwoHeldTogether_isTwo() throws Exception {
        CyclicBarrier bothHeld = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (LatencyRig rig = new LatencyRig()) {
            rig.http().hold(() -> bothHeld.await(30, TimeUnit.SECONDS));
            Future<?> first = pool.submit(() -> put(rig, "d1"));
            Future<?> second = pool.submit(() -> put(rig, "d2"));
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
            rig.http().hold(DelayedStubHttpClient.Hold.none());
            put(rig, "d3");

            assertEquals(3, rig.http().requests());
            assertEquals(2, rig.http().mostInFlight());
            assertEquals(2, rig.http().roundTripsOnCriticalPath());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reset_setsCountsBackToZero() {
        try (LatencyRig rig = new LatencyRig()) {
            put(rig, "c");
            rig.http().reset();

            assertEquals(0, rig.http().requests());
            assertEquals(Map.of(), rig.http().requestsByOperation());
            assertEquals(0, rig.http().mostInFlight());
            assertEquals(0, rig.http().roundTripsOnCriticalPath());
        }
    }

    private static void put(LatencyRig rig, String id) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(key(id));
        item.put("title", AttributeValue.fromS("title of " + id));
        rig.client().putItem(request -> request.tableName(LatencyRig.TABLE).item(item));
    }

    static Map<String, AttributeValue> key(String id) {
        return Map.of("_pk", AttributeValue.fromS("x#" + id), "_sk", AttributeValue.fromS("x"));
    }
}
