package dev.dynamobao.benchmarks.latency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/**
 * An {@link SdkHttpClient} that stands for the network and DynamoDB: it holds each request for a
 * simulated round trip ({@link Hold}), then a {@link StubDynamoDb} answers it. It counts the
 * requests (per operation), the most of them in flight at once, and the round trips on the
 * critical path ({@link #roundTripsOnCriticalPath()}). Thread-safe: any number of requests may be
 * held together, as on a real connection pool with no size limit.
 */
public final class DelayedStubHttpClient implements SdkHttpClient {

    private final StubDynamoDb dynamo;
    private volatile Hold hold;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final AtomicInteger deepestAnswered = new AtomicInteger();
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();

    /** A client whose requests are answered by {@code dynamo} after {@code hold}. */
    public DelayedStubHttpClient(StubDynamoDb dynamo, Hold hold) {
        this.dynamo = dynamo;
        this.hold = hold;
    }

    /** What a request waits for before it is answered: the simulated round trip. */
    @FunctionalInterface
    public interface Hold {

        /** Waits on the calling (request) thread; an exception fails the request with an {@code IOException}. */
        void hold() throws Exception;

        /** No wait at all (for loading data before a measurement). */
        static Hold none() {
            return () -> { };
        }

        /** Sleeps {@code delay}. */
        static Hold sleep(Duration delay) {
            return delay.isZero() ? none() : () -> Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
        }
    }

    /** Replaces the hold of the requests sent from now on. */
    public void hold(Hold newHold) {
        this.hold = newHold;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                return answer(request);
            }

            @Override
            public void abort() {
                // Nothing to abort: the answer is computed in call().
            }
        };
    }

    private HttpExecuteResponse answer(HttpExecuteRequest request) throws IOException {
        String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        String operation = target.substring(target.indexOf('.') + 1);
        JsonNode body;
        try (InputStream in = request.contentStreamProvider().orElseThrow(() -> new IOException("request without body")).newStream()) {
            body = Json.parse(in);
        }
        requests.computeIfAbsent(operation, ignored -> new LongAdder()).increment();
        int now = inFlight.incrementAndGet();
        mostInFlight.accumulateAndGet(now, Math::max);
        int depth = deepestAnswered.get() + 1;
        try {
            hold.hold();
            deepestAnswered.accumulateAndGet(depth, Math::max);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while holding " + operation, e);
        } catch (Exception e) {
            throw new IOException("holding " + operation + " failed", e);
        } finally {
            inFlight.decrementAndGet();
        }
        int status = 200;
        byte[] answer;
        try {
            answer = dynamo.answer(operation, body);
        } catch (StubRequestException e) {
            status = 400;
            answer = ("{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":" + quoted("stub: " + e.getMessage())
                    + "}").getBytes(StandardCharsets.UTF_8);
        }
        SdkHttpResponse response = SdkHttpResponse.builder().statusCode(status)
                .putHeader("Content-Type", "application/x-amz-json-1.0")
                .putHeader("Content-Length", Integer.toString(answer.length))
                .putHeader("x-amzn-RequestId", "stub")
                .build();
        return HttpExecuteResponse.builder().response(response)
                .responseBody(AbortableInputStream.create(new ByteArrayInputStream(answer))).build();
    }

    private static String quoted(String text) {
        JsonWriter writer = JsonWriter.create();
        writer.writeValue(text);
        return new String(writer.getBytes(), StandardCharsets.UTF_8);
    }

    /** Requests answered (or being answered) since creation or {@link #reset()}. */
    public long requests() {
        return requests.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Requests per operation ({@code PutItem}, {@code Query}, …), in name order. */
    public Map<String, Long> requestsByOperation() {
        Map<String, Long> counts = new TreeMap<>();
        requests.forEach((operation, count) -> {
            if (count.sum() > 0) {
                counts.put(operation, count.sum());
            }
        });
        return counts;
    }

    /** The most requests held at the same time since creation or {@link #reset()}. */
    public int mostInFlight() {
        return mostInFlight.get();
    }

    /**
     * The longest chain of requests each sent after the previous one was answered: a request sent
     * while nothing had been answered is 1, one sent after an answer of depth {@code n} is
     * {@code n + 1}. Requests sent one after another make it their count; {@code N} requests
     * {@code c} at a time make it {@code ⌈N / c⌉}. Unlike the wall time, it holds no CPU time.
     */
    public int roundTripsOnCriticalPath() {
        return deepestAnswered.get();
    }

    /** Requests being held right now. */
    public int inFlight() {
        return inFlight.get();
    }

    /** Sets the counters back to zero (call with nothing in flight). */
    public void reset() {
        requests.clear();
        mostInFlight.set(0);
        deepestAnswered.set(0);
    }

    /** The answering stub. */
    public StubDynamoDb dynamo() {
        return dynamo;
    }

    @Override
    public String clientName() {
        return "delayed-stub";
    }

    @Override
    public void close() {
        // Holds nothing.
    }
}
