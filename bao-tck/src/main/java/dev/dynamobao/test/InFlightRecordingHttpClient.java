package dev.dynamobao.test;

import dev.dynamobao.test.internal.HttpRequests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * An {@link SdkHttpClient} that wraps the real one and records every DynamoDB request it sends:
 * its operation and body, in the order they were sent, and how many were in flight at once. It
 * can hold each request for a while before sending it (a simulated round trip), which makes
 * overlapping requests observable against a fast local server. Give it to the SDK with
 * {@code DynamoDbClient.builder().httpClient(...)}. Thread-safe.
 */
public final class InFlightRecordingHttpClient implements SdkHttpClient {

    /**
     * One request as it was sent.
     *
     * @param sequence 1 for the first request sent, then 2, …
     * @param operation the DynamoDB operation, e.g. {@code UpdateItem}
     * @param body the JSON request body
     * @param thread the name of the thread that sent it
     */
    public record SentRequest(long sequence, String operation, String body, String thread) {
    }

    private final SdkHttpClient delegate;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();
    private final List<SentRequest> sent = new ArrayList<>();
    private volatile Duration hold = Duration.ZERO;

    private InFlightRecordingHttpClient(SdkHttpClient delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** Wraps {@code delegate}, the client that really sends requests (closed with this one). */
    public static InFlightRecordingHttpClient wrapping(SdkHttpClient delegate) {
        return new InFlightRecordingHttpClient(delegate);
    }

    /** Holds every request sent from now on for {@code hold} before sending it; returns this client. */
    public InFlightRecordingHttpClient holdEachRequest(Duration hold) {
        this.hold = Objects.requireNonNull(hold, "hold");
        return this;
    }

    /** The requests sent since the last {@link #reset()}, in the order they were sent. */
    public List<SentRequest> requests() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    /** The requests of {@code operation} (e.g. {@code PutItem}) sent since the last {@link #reset()}. */
    public List<SentRequest> requests(String operation) {
        return requests().stream().filter(request -> request.operation().equals(operation)).toList();
    }

    /** The most requests that were in flight at once since the last {@link #reset()}. */
    public int mostInFlight() {
        return mostInFlight.get();
    }

    /** Forgets the recorded requests and the in-flight peak (the hold stays). */
    public void reset() {
        synchronized (sent) {
            sent.clear();
            mostInFlight.set(inFlight.get());
        }
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        ExecutableHttpRequest real = delegate.prepareRequest(request);
        String operation = HttpRequests.operation(request.httpRequest());
        String body = new String(HttpRequests.body(request), StandardCharsets.UTF_8);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    synchronized (sent) {
                        sent.add(new SentRequest(sequence.incrementAndGet(), operation, body, Thread.currentThread().getName()));
                    }
                    pause();
                    return real.call();
                } finally {
                    inFlight.decrementAndGet();
                }
            }

            @Override
            public void abort() {
                real.abort();
            }
        };
    }

    private void pause() throws IOException {
        Duration wait = hold;
        if (!wait.isZero()) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while holding the request", interrupted);
            }
        }
    }

    @Override
    public String clientName() {
        return "InFlightRecording(" + delegate.clientName() + ")";
    }

    @Override
    public void close() {
        delegate.close();
    }
}
