package dev.dynamobao.tck.conformance;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The DynamoDB guarantees this library is built on, checked against a server with the SDK alone
 * (no library in between), through a client that never retries — so a server error or a lost
 * write shows instead of being papered over. Each check writes its own items (keys {@code _pk},
 * {@code _sk}) into an existing table and returns what it saw; {@link Outcome#faithful()} says
 * whether the server behaved as DynamoDB documents.
 */
final class ConformanceChecks {

    static final int COUNTER_THREADS = 16;
    static final int COUNTER_INCREMENTS = 50;
    static final int UNIQUE_CONTENDERS = 10;

    private static final long TIMEOUT_SECONDS = 120;

    private final DynamoDbClient client;
    private final String table;
    private final AtomicInteger runs = new AtomicInteger();

    private ConformanceChecks(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    /** Checks against {@code table} at {@code endpoint}; the client is closed by {@link #close()}. */
    static ConformanceChecks of(URI endpoint, Region region, String table) {
        DynamoDbClient client = DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("conformance", "conformance")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(config -> config.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
        return new ConformanceChecks(client, table);
    }

    void close() {
        client.close();
    }

    /** What one check saw. */
    record Outcome(boolean faithful, String detail) {
    }

    /**
     * {@value #COUNTER_THREADS} threads × {@value #COUNTER_INCREMENTS} {@code ADD count :1} on one
     * item: DynamoDB applies every acknowledged write exactly once, so the count must be their number.
     */
    Outcome counterRace() {
        Map<String, AttributeValue> key = key("counter#" + runs.incrementAndGet(), "c");
        List<Throwable> errors = ConformanceChecks.<Void>race(COUNTER_THREADS, thread -> {
            for (int i = 0; i < COUNTER_INCREMENTS; i++) {
                client.updateItem(b -> b.tableName(table).key(key).updateExpression("ADD #c :one")
                        .expressionAttributeNames(Map.of("#c", "count"))
                        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
            }
            return null;
        }).errors();
        long count = Long.parseLong(client.getItem(b -> b.tableName(table).key(key).consistentRead(true))
                .item().get("count").n());
        long acknowledged = (long) COUNTER_THREADS * COUNTER_INCREMENTS - errors.size();
        return new Outcome(errors.isEmpty() && count == acknowledged,
                "counter " + count + " after " + acknowledged + " acknowledged increments" + describe(errors));
    }

    /**
     * {@value #UNIQUE_CONTENDERS} transactions race to store a user together with the claim of one
     * e-mail ({@code attribute_not_exists}): exactly one may win, the others are cancelled with
     * {@code ConditionalCheckFailed}, and the scan afterwards finds the winner's user and claim only
     * — no orphan user without its claim, no claim pointing at a user that is not stored.
     */
    Outcome uniqueClaimRace() {
        String email = "race-" + runs.incrementAndGet() + "@example.com";
        Race<Boolean> race = race(UNIQUE_CONTENDERS, contender -> {
            String userId = email + "#user-" + contender;
            try {
                client.transactWriteItems(b -> b.transactItems(
                        put(Map.of("_pk", s("u#" + userId), "_sk", s("u"), "email", s(email)), null),
                        put(Map.of("_pk", s("uc#" + email), "_sk", s("uc"), "owner", s(userId)),
                                "attribute_not_exists(#pk)")));
                return true;
            } catch (TransactionCanceledException e) {
                if (!e.cancellationReasons().stream().map(CancellationReason::code).toList()
                        .equals(List.of("None", "ConditionalCheckFailed"))) {
                    throw e;
                }
                return false;
            }
        });
        long winners = race.results().stream().filter(Boolean::booleanValue).count();
        long cancelled = race.results().stream().filter(won -> !won).count();
        List<Map<String, AttributeValue>> items = scanStartingWith(email);
        Set<String> users = items.stream().filter(item -> item.get("_sk").s().equals("u"))
                .map(item -> item.get("_pk").s().substring(2)).collect(Collectors.toSet());
        List<String> owners = items.stream().filter(item -> item.get("_sk").s().equals("uc"))
                .map(item -> item.get("owner").s()).toList();
        boolean faithful = race.errors().isEmpty() && winners == 1 && cancelled == UNIQUE_CONTENDERS - 1
                && owners.size() == 1 && users.equals(Set.of(owners.get(0)));
        return new Outcome(faithful, winners + " winner(s), " + cancelled + " cancelled; stored users " + users
                + ", claim owners " + owners + describe(race.errors()));
    }

    /**
     * Transactions that are cancelled, transactions that commit and plain writes, all at once:
     * DynamoDB isolates transactions, so every plain write and every committed pair stays, both
     * halves of a committed pair are stored, and nothing of a cancelled transaction is.
     */
    Outcome transactionIsolation() {
        String run = "iso" + runs.incrementAndGet() + "#";
        int writers = 4;
        int writes = 25;
        int transactions = 8;
        Race<Void> race = race(3 * writers, thread -> {
            int group = thread % 3;
            int worker = thread / 3;
            for (int i = 0; i < (group == 0 ? writes : transactions); i++) {
                String id = run + worker + "-" + i;
                if (group == 0) {
                    client.putItem(b -> b.tableName(table).item(Map.of("_pk", s(id), "_sk", s("plain"))));
                } else if (group == 1) {
                    client.transactWriteItems(b -> b.transactItems(
                            put(Map.of("_pk", s(id), "_sk", s("pair-a")), null),
                            put(Map.of("_pk", s(id), "_sk", s("pair-b")), null)));
                } else {
                    try {
                        client.transactWriteItems(b -> b.transactItems(
                                put(Map.of("_pk", s(id), "_sk", s("cancelled")), null),
                                TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table)
                                        .key(key(run + "never-stored", "x")).conditionExpression("attribute_exists(#pk)")
                                        .expressionAttributeNames(Map.of("#pk", "_pk")).build()).build()));
                        throw new IllegalStateException("a transaction with a failing ConditionCheck committed: " + id);
                    } catch (TransactionCanceledException expected) {
                        // cancelled, as it must be
                    }
                }
            }
            return null;
        });
        Map<String, Long> stored = scanStartingWith(run).stream()
                .collect(Collectors.groupingBy(item -> item.get("_sk").s(), Collectors.counting()));
        long plain = stored.getOrDefault("plain", 0L);
        long pairA = stored.getOrDefault("pair-a", 0L);
        long pairB = stored.getOrDefault("pair-b", 0L);
        long fromCancelled = stored.getOrDefault("cancelled", 0L);
        boolean faithful = race.errors().isEmpty() && plain == (long) writers * writes
                && pairA == (long) writers * transactions && pairB == pairA && fromCancelled == 0;
        return new Outcome(faithful, "stored " + plain + "/" + writers * writes + " plain writes, " + pairA + "+" + pairB
                + " halves of " + writers * transactions + " committed pairs, " + fromCancelled
                + " items of cancelled transactions" + describe(race.errors()));
    }

    /**
     * One {@code TransactWriteItems} ({@code ADD n :1}) sent twice with one {@code ClientRequestToken}:
     * DynamoDB applies it once and answers the second like the first.
     */
    Outcome tokenReplay() {
        String id = "token#" + runs.incrementAndGet();
        TransactWriteItemsRequest request = increment(id, 1, newToken());
        TransactWriteItemsResponse first = client.transactWriteItems(request);
        TransactWriteItemsResponse second = client.transactWriteItems(request);
        long n = counterOf(id);
        boolean sameAnswer = first.equalsBySdkFields(second);
        return new Outcome(n == 1 && sameAnswer, "n = " + n + " after the same transaction was sent twice with one token"
                + (sameAnswer ? "" : "; the answers differ: " + first + " vs " + second));
    }

    /**
     * The same {@code ClientRequestToken} with other parameters: DynamoDB refuses it with
     * {@code IdempotentParameterMismatchException} and applies nothing.
     */
    Outcome tokenMismatch() {
        String id = "mismatch#" + runs.incrementAndGet();
        String token = newToken();
        client.transactWriteItems(increment(id, 1, token));
        String answer;
        try {
            client.transactWriteItems(increment(id, 2, token));
            answer = "accepted";
        } catch (IdempotentParameterMismatchException e) {
            answer = "IdempotentParameterMismatchException";
        }
        long n = counterOf(id);
        return new Outcome(answer.equals("IdempotentParameterMismatchException") && n == 1,
                "the second request was " + answer + "; n = " + n);
    }

    private TransactWriteItemsRequest increment(String id, int by, String token) {
        return TransactWriteItemsRequest.builder().clientRequestToken(token).transactItems(TransactWriteItem.builder()
                .update(Update.builder().tableName(table).key(key(id, "t")).updateExpression("ADD n :by")
                        .expressionAttributeValues(Map.of(":by", AttributeValue.fromN(Integer.toString(by)))).build())
                .build()).build();
    }

    /** A token no other run has used (the server keeps tokens for 10 minutes, across tables). */
    private static String newToken() {
        return "bao-conformance-" + UUID.randomUUID();
    }

    private long counterOf(String id) {
        return Long.parseLong(client.getItem(b -> b.tableName(table).key(key(id, "t")).consistentRead(true))
                .item().get("n").n());
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition) {
        Put.Builder put = Put.builder().tableName(table).item(item);
        if (condition != null) {
            put.conditionExpression(condition).expressionAttributeNames(Map.of("#pk", "_pk"));
        }
        return TransactWriteItem.builder().put(put.build()).build();
    }

    private List<Map<String, AttributeValue>> scanStartingWith(String marker) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        client.scanPaginator(b -> b.tableName(table).consistentRead(true)).items().forEach(item -> {
            if (item.get("_pk").s().contains(marker)) {
                items.add(item);
            }
        });
        return items;
    }

    private static Map<String, AttributeValue> key(String partition, String sort) {
        return Map.of("_pk", s(partition), "_sk", s(sort));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static String describe(List<Throwable> errors) {
        if (errors.isEmpty()) {
            return "";
        }
        Map<String, Long> kinds = new HashMap<>();
        errors.forEach(e -> kinds.merge(e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()), 1L, Long::sum));
        return "; " + errors.size() + " request(s) failed: " + kinds;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** Runs {@code threads} bodies at once (released together) and collects their results and errors. */
    private static <T> Race<T> race(int threads, ThreadBody<T> body) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                int index = thread;
                Callable<T> task = () -> {
                    start.await();
                    return body.run(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    errors.add(e.getCause());
                }
            }
            return new Race<>(results, List.copyOf(errors));
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("the race did not finish within " + TIMEOUT_SECONDS + " s", e);
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface ThreadBody<T> {
        T run(int thread) throws Exception;
    }

    private record Race<T>(List<T> results, List<Throwable> errors) {
    }
}
