package dev.dynamobao.benchmarks.counter;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.CounterWrites;
import dev.dynamobao.benchmarks.update.StubbedBao;
import java.util.Locale;

/**
 * Prints, for each {@link CounterWrites} strategy, the request one {@code views++; flush()} sends,
 * its body size and its write units (the consumed capacity the stub answers, set to DynamoDB's
 * pricing: an {@code UpdateItem} of an item up to 1 KB costs 1 write unit, a transactional write
 * of it 2; moto, the test server, reports none for transactions):
 * {@code java -cp bao-benchmarks/target/benchmarks.jar dev.dynamobao.benchmarks.counter.CounterCost}.
 */
public final class CounterCost {

    private CounterCost() {
    }

    /** Runs one increment per strategy and prints the figures. */
    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "%-14s %-20s %8s %12s%n", "strategy", "request", "bytes", "write units");
        for (CounterWrites strategy : CounterWrites.values()) {
            try (StubbedBao stub = new StubbedBao(true, strategy, PageViews.class)) {
                try (BaoEntityManager em = stub.bao().createEntityManager()) {
                    PageViews page = new PageViews();
                    page.setPath("/index.html");
                    em.persist(page);
                    stub.http().reset();
                    double before = em.consumedCapacity().writeUnits();
                    page.view();
                    em.flush();
                    String body = stub.http().bodies().get(0);
                    String operation = body.contains("\"TransactItems\"") ? "TransactWriteItems" : "UpdateItem";
                    System.out.printf(Locale.ROOT, "%-14s %-20s %8d %12.1f%n", strategy, operation, stub.http().bodyBytes(),
                            em.consumedCapacity().writeUnits() - before);
                    System.out.println("  " + body);
                }
            }
        }
    }
}
