package dev.dynamobao.test.fault;

import dev.dynamobao.test.internal.HttpRequests;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An {@link SdkHttpClient} that wraps the real one and injects {@link Fault}s into chosen HTTP
 * attempts of DynamoDB calls. Give it to the SDK with {@code DynamoDbClient.builder().httpClient(...)}:
 * the SDK's retry logic then runs unchanged on top of the faults, as it would against DynamoDB.
 *
 * <p>Which attempt gets which fault is decided by the current {@link FaultPlan} (set with
 * {@link #plan(FaultPlan)}, {@link FaultPlan#NONE} at first), from the operation (read from the
 * {@code X-Amz-Target} header), the SDK's attempt number (the {@code amz-sdk-request} header) and
 * the call number. Every attempt is recorded ({@link #injections()}), with its request size.
 * Thread-safe.
 */
public final class FaultInjectingHttpClient implements SdkHttpClient {

    private static final String ERROR_PREFIX = "com.amazonaws.dynamodb.v20120810#";

    private final SdkHttpClient delegate;
    private volatile FaultPlan plan = FaultPlan.NONE;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, Integer> callOfInvocation = new ConcurrentHashMap<>();
    private final List<Injection> injections = new ArrayList<>();

    private FaultInjectingHttpClient(SdkHttpClient delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** Wraps {@code delegate}, the client that really sends requests (closed with this one). */
    public static FaultInjectingHttpClient wrapping(SdkHttpClient delegate) {
        return new FaultInjectingHttpClient(delegate);
    }

    /** Uses {@code plan} for the attempts sent from now on; returns this client. */
    public FaultInjectingHttpClient plan(FaultPlan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
        return this;
    }

    /** The plan in use. */
    public FaultPlan plan() {
        return plan;
    }

    /** Every attempt sent so far with its fault, in order. */
    public List<Injection> injections() {
        synchronized (injections) {
            return List.copyOf(injections);
        }
    }

    /** The attempts that got a fault other than {@link Fault#NONE}, in order. */
    public List<Injection> faults() {
        return injections().stream().filter(injection -> injection.fault() != Fault.NONE).toList();
    }

    /** How many attempts of {@code operation} were sent (faulty ones included). */
    public long attempts(String operation) {
        return injections().stream().filter(injection -> injection.request().operation().equals(operation)).count();
    }

    /** Forgets the recorded attempts (the plan stays). */
    public void clearRecord() {
        synchronized (injections) {
            injections.clear();
        }
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        SdkHttpRequest http = request.httpRequest();
        String operation = HttpRequests.operation(http);
        int attempt = attempt(http);
        String invocation = http.firstMatchingHeader("amz-sdk-invocation-id").orElse(null);
        int call = invocation == null ? calls.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet()
                : callOfInvocation.computeIfAbsent(invocation,
                        k -> calls.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet());
        FaultRequest faultRequest = new FaultRequest(operation, attempt, call, sequence.incrementAndGet());
        Fault fault = applicable(plan.faultFor(faultRequest), operation);
        byte[] body = HttpRequests.body(request);
        synchronized (injections) {
            injections.add(new Injection(faultRequest, fault, body.length));
        }
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                return send(request, faultRequest, fault, body);
            }

            @Override
            public void abort() {
            }
        };
    }

    private HttpExecuteResponse send(HttpExecuteRequest request, FaultRequest attempt, Fault fault, byte[] body) throws IOException {
        String what = attempt.operation() + " (call " + attempt.call() + ", attempt " + attempt.attempt() + ")";
        switch (fault) {
            case LOSE_RESPONSE -> {
                drain(forward(request));
                throw new IOException("Injected fault: the response of " + what + " was lost after the server applied it");
            }
            case TIMEOUT_AFTER_SENDING -> {
                drain(forward(request));
                throw new SocketTimeoutException("Injected fault: read timed out waiting for the response of " + what);
            }
            case TIMEOUT_BEFORE_SENDING ->
                    throw new SocketTimeoutException("Injected fault: connect timed out before " + what + " was sent");
            case CONNECTION_REFUSED -> throw new ConnectException("Connection refused (injected fault, " + what + " not sent)");
            case HTTP_500 -> {
                return error(500, "InternalServerError", "Internal server error (injected fault, " + what + " not applied)");
            }
            case HTTP_500_AFTER_APPLYING -> {
                drain(forward(request));
                return error(500, "InternalServerError", "Internal server error (injected fault after " + what + " was applied)");
            }
            case HTTP_503 -> {
                return error(503, "ServiceUnavailable", "Service unavailable (injected fault, " + what + " not applied)");
            }
            case THROTTLING -> {
                return error(400, "ThrottlingException", "Rate of requests exceeds the allowed throughput (injected fault)");
            }
            case PROVISIONED_THROUGHPUT_EXCEEDED -> {
                return error(400, "ProvisionedThroughputExceededException", "The level of configured provisioned throughput"
                        + " for the table was exceeded (injected fault)");
            }
            case TRANSACTION_CONFLICT -> {
                return conflict(body);
            }
            case UNPROCESSED -> {
                return unprocessed(attempt.operation(), body);
            }
            default -> {
                return forward(request);
            }
        }
    }

    /** {@code fault}, or {@link Fault#NONE} when it does not apply to {@code operation}. */
    private static Fault applicable(Fault fault, String operation) {
        if (fault == Fault.TRANSACTION_CONFLICT && !operation.equals("TransactWriteItems")) {
            return Fault.NONE;
        }
        if (fault == Fault.UNPROCESSED && !operation.equals("BatchGetItem") && !operation.equals("BatchWriteItem")) {
            return Fault.NONE;
        }
        return fault;
    }

    private HttpExecuteResponse forward(HttpExecuteRequest request) throws IOException {
        return delegate.prepareRequest(request).call();
    }

    private static void drain(HttpExecuteResponse response) throws IOException {
        if (response.responseBody().isPresent()) {
            try (InputStream in = response.responseBody().get()) {
                in.readAllBytes();
            }
        }
    }

    private static HttpExecuteResponse error(int status, String type, String message) {
        return json(status, "{\"__type\":\"" + ERROR_PREFIX + type + "\",\"message\":\"" + message + "\"}");
    }

    private static HttpExecuteResponse conflict(byte[] body) {
        int actions = Math.max(1, JsonScan.countElements(JsonScan.value(new String(body, StandardCharsets.UTF_8), "TransactItems")));
        StringBuilder reasons = new StringBuilder("{\"Code\":\"TransactionConflict\",\"Message\":\"Transaction is ongoing for the item\"}");
        StringBuilder codes = new StringBuilder("TransactionConflict");
        for (int i = 1; i < actions; i++) {
            reasons.append(",{\"Code\":\"None\"}");
            codes.append(", None");
        }
        return json(400, "{\"__type\":\"" + ERROR_PREFIX + "TransactionCanceledException\",\"Message\":\"Transaction cancelled,"
                + " please refer cancellation reasons for specific reasons [" + codes + "]\",\"CancellationReasons\":["
                + reasons + "]}");
    }

    private static HttpExecuteResponse unprocessed(String operation, byte[] body) {
        String requestItems = JsonScan.value(new String(body, StandardCharsets.UTF_8), "RequestItems");
        if (requestItems == null) {
            requestItems = "{}";
        }
        return json(200, operation.equals("BatchGetItem")
                ? "{\"Responses\":{},\"UnprocessedKeys\":" + requestItems + "}"
                : "{\"UnprocessedItems\":" + requestItems + "}");
    }

    private static HttpExecuteResponse json(int status, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        SdkHttpResponse response = SdkHttpResponse.builder().statusCode(status)
                .putHeader("Content-Type", "application/x-amz-json-1.0")
                .putHeader("Content-Length", String.valueOf(bytes.length))
                .putHeader("x-amzn-RequestId", "injected-fault").build();
        return HttpExecuteResponse.builder().response(response)
                .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes))).build();
    }

    private static int attempt(SdkHttpRequest http) {
        String header = http.firstMatchingHeader("amz-sdk-request").orElse("");
        for (String part : header.split(";")) {
            String trimmed = part.trim();
            if (trimmed.startsWith("attempt=")) {
                try {
                    return Integer.parseInt(trimmed.substring("attempt=".length()));
                } catch (NumberFormatException notANumber) {
                    return 1;
                }
            }
        }
        return 1;
    }

    @Override
    public String clientName() {
        return "FaultInjecting(" + delegate.clientName() + ")";
    }

    @Override
    public void close() {
        delegate.close();
    }
}
