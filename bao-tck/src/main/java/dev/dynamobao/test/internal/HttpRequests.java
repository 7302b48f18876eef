package dev.dynamobao.test.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpRequest;

/** What the test kit's HTTP client wrappers read from a DynamoDB request. Not API. */
public final class HttpRequests {

    private HttpRequests() {
    }

    /** The DynamoDB operation of {@code http}, from its {@code X-Amz-Target} header (e.g. {@code PutItem}). */
    public static String operation(SdkHttpRequest http) {
        String target = http.firstMatchingHeader("X-Amz-Target").orElse("");
        int dot = target.lastIndexOf('.');
        return dot < 0 ? target : target.substring(dot + 1);
    }

    /** The request body's bytes (empty when it has none); the SDK's stream provider can be read again. */
    public static byte[] body(HttpExecuteRequest request) {
        if (request.contentStreamProvider().isEmpty()) {
            return new byte[0];
        }
        try (InputStream in = request.contentStreamProvider().get().newStream()) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
