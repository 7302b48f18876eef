package dev.dynamobao.benchmarks.cpu;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An {@link SdkHttpClient} that never touches the network: it reads each request body and answers
 * with the canned {@code 200} JSON of the request's operation (the {@code X-Amz-Target} after the
 * dot, e.g. {@code GetItem}). The same instance serves the raw SDK, the Enhanced Client and this
 * library, so all three parse the same bytes. Single-threaded, like the benchmark state that owns it.
 */
public final class CannedHttpClient implements SdkHttpClient {

    private final byte[] buffer = new byte[16 * 1024];
    private final Map<String, byte[]> answers;
    private final boolean keepBodies;
    private final List<String> bodies = new ArrayList<>();
    private long requests;

    /**
     * @param answers the response body of each operation name
     * @param keepBodies whether to keep every request body as text (for the request report; off
     *     in timed benchmarks)
     */
    public CannedHttpClient(Map<String, String> answers, boolean keepBodies) {
        this.answers = new java.util.HashMap<>();
        answers.forEach((operation, body) -> this.answers.put(operation, body.getBytes(StandardCharsets.UTF_8)));
        this.keepBodies = keepBodies;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                StringBuilder body = keepBodies ? new StringBuilder() : null;
                if (request.contentStreamProvider().isPresent()) {
                    try (InputStream in = request.contentStreamProvider().get().newStream()) {
                        for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                            if (body != null) {
                                body.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
                requests++;
                String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
                String operation = target.substring(target.indexOf('.') + 1);
                if (body != null) {
                    bodies.add(operation + " " + body);
                }
                byte[] answer = answers.get(operation);
                if (answer == null) {
                    throw new IOException("no canned answer for " + operation);
                }
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

    /** Requests answered since creation. */
    public long requests() {
        return requests;
    }

    /** The request bodies kept (only with {@code keepBodies}), each after its operation name. */
    public List<String> bodies() {
        return List.copyOf(bodies);
    }

    @Override
    public String clientName() {
        return "canned";
    }

    @Override
    public void close() {
        // Holds nothing.
    }
}
