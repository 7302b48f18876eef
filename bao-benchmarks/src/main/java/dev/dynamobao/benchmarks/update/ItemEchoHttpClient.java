package dev.dynamobao.benchmarks.update;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An {@link SdkHttpClient} without network that answers each {@code GetItem} with a full item of the key
 * asked for (the attributes of {@link FlushScalingBenchmark#filled}: ten strings, a two-element string set,
 * 64 bytes), so entities can be loaded as from a table; any other call gets a write's capacity answer.
 * Counts the requests; single-threaded, like the benchmark state that owns it.
 */
public final class ItemEchoHttpClient implements SdkHttpClient {

    private long requests;

    /** The version of every item answered. */
    public static final String VERSION = "01HK421PSE1Z4KGPSHDWV0D589";

    private static final Pattern PARTITION_KEY = Pattern.compile("\"_pk\":\\{\"S\":\"([^\"]+)\"\\}");
    private static final byte[] WRITTEN = "{\"ConsumedCapacity\":{\"TableName\":\"t\",\"CapacityUnits\":1.0}}"
            .getBytes(StandardCharsets.UTF_8);
    private static final String BLOB = java.util.Base64.getEncoder().encodeToString(new byte[64]);

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                String body = "";
                if (request.contentStreamProvider().isPresent()) {
                    try (InputStream in = request.contentStreamProvider().get().newStream()) {
                        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
                requests++;
                boolean get = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("").endsWith(".GetItem");
                byte[] answer = get ? item(body) : WRITTEN;
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

    /** Requests answered since the last {@link #reset()}. */
    public long requests() {
        return requests;
    }

    /** Resets the request count. */
    public void reset() {
        requests = 0;
    }

    private static byte[] item(String requestBody) {
        Matcher key = PARTITION_KEY.matcher(requestBody);
        if (!key.find()) {
            throw new IllegalArgumentException("no _pk in " + requestBody);
        }
        String pk = key.group(1);
        int hash = pk.indexOf('#');
        String prefix = pk.substring(0, hash);
        String id = pk.substring(hash + 1);
        StringBuilder item = new StringBuilder("{\"Item\":{");
        item.append("\"_pk\":{\"S\":\"").append(pk).append("\"},\"_sk\":{\"S\":\"").append(prefix).append("\"},");
        item.append("\"id\":{\"S\":\"").append(id).append("\"},\"version\":{\"S\":\"").append(VERSION).append("\"},");
        for (int field = 1; field <= 10; field++) {
            item.append(String.format("\"f%02d\":{\"S\":\"initial value of f%d #%s\"},", field, field, id));
        }
        item.append("\"tags\":{\"SS\":[\"alpha\",\"beta\"]},\"blob\":{\"B\":\"").append(BLOB).append("\"}");
        item.append("}}");
        return item.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String clientName() {
        return "item-echo";
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
