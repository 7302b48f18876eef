package dev.dynamobao.benchmarks.update;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An {@link SdkHttpClient} that never touches the network: it reads and counts each request body
 * and answers every call with the same canned {@code 200} JSON, the response of a write with
 * {@code ReturnConsumedCapacity: TOTAL}. Single-threaded, like the benchmark state that owns it.
 */
public final class StubHttpClient implements SdkHttpClient {

    private static final byte[] RESPONSE = "{\"ConsumedCapacity\":{\"TableName\":\"t\",\"CapacityUnits\":1.0}}"
            .getBytes(StandardCharsets.UTF_8);
    /** The answer to a {@code TransactWriteItems}, whose capacity is a list (2 units per item written). */
    private static final byte[] TRANSACTION_RESPONSE = "{\"ConsumedCapacity\":[{\"TableName\":\"t\",\"CapacityUnits\":2.0}]}"
            .getBytes(StandardCharsets.UTF_8);

    private final byte[] buffer = new byte[16 * 1024];
    private final boolean keepBodies;
    private final List<String> bodies = new ArrayList<>();
    private long requests;
    private long bodyBytes;

    /**
     * @param keepBodies whether to keep every request body as text (for the request-size report;
     *     off in timed benchmarks)
     */
    public StubHttpClient(boolean keepBodies) {
        this.keepBodies = keepBodies;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                long size = 0;
                StringBuilder body = keepBodies ? new StringBuilder() : null;
                if (request.contentStreamProvider().isPresent()) {
                    try (InputStream in = request.contentStreamProvider().get().newStream()) {
                        for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                            size += read;
                            if (body != null) {
                                body.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
                requests++;
                bodyBytes += size;
                if (body != null) {
                    bodies.add(body.toString());
                }
                byte[] answer = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("").endsWith(".TransactWriteItems")
                        ? TRANSACTION_RESPONSE : RESPONSE;
                SdkHttpResponse response = SdkHttpResponse.builder().statusCode(200)
                        .putHeader("Content-Type", "application/x-amz-json-1.0")
                        .putHeader("Content-Length", Integer.toString(answer.length))
                        .putHeader("x-amzn-RequestId", "stub")
                        .build();
                return HttpExecuteResponse.builder().response(response)
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(answer))).build();
            }

            @Override
            public void abort() {
                // Nothing in flight.
            }
        };
    }

    /** Requests answered since creation or {@link #reset()}. */
    public long requests() {
        return requests;
    }

    /** Request body bytes read since creation or {@link #reset()}. */
    public long bodyBytes() {
        return bodyBytes;
    }

    /** The request bodies kept (only with {@code keepBodies}). */
    public List<String> bodies() {
        return List.copyOf(bodies);
    }

    /** Sets the counters back to zero and forgets kept bodies. */
    public void reset() {
        requests = 0;
        bodyBytes = 0;
        bodies.clear();
    }

    @Override
    public String clientName() {
        return "stub";
    }

    @Override
    public void close() {
        // Holds nothing.
    }
}
