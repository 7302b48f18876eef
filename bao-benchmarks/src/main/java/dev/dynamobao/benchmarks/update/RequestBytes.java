package dev.dynamobao.benchmarks.update;

import dev.dynamobao.BaoEntityManager;
import java.util.List;
import java.util.Locale;

/**
 * Prints the request body of each variant of {@link ChangeOneFieldBenchmark} and its size
 * relative to the hand-written requests (sizes are deterministic, so one call each suffices):
 * {@code java -cp bao-benchmarks/target/benchmarks.jar dev.dynamobao.benchmarks.update.RequestBytes}.
 */
public final class RequestBytes {

    private RequestBytes() {
    }

    /** Runs each variant once and prints body, size and ratios. */
    public static void main(String[] args) {
        try (StubbedBao stub = new StubbedBao(true, WideRecord.class, WideDocument.class);
             BaoEntityManager em = stub.bao().createEntityManager()) {
            WideRecord record = StubbedBao.filled(new WideRecord());
            WideDocument document = StubbedBao.filled(new WideDocument());
            em.persist(record);
            em.persist(document);
            String version = record.getVersion();
            String documentVersion = document.getVersion();
            String value = "changed value A";

            int minimal = measure(stub, "hand-written (SET field + version, condition on version)",
                    () -> stub.handWrittenUpdate("wr", record.getId(), value, version, false));
            int withCapacity = measure(stub, "hand-written + ReturnConsumedCapacity TOTAL",
                    () -> stub.handWrittenUpdate("wr", record.getId(), value, version, true));
            int sameSemantics = measure(stub, "hand-written + TOTAL + ALL_OLD on condition failure",
                    () -> stub.handWrittenUpdateSameSemantics("wr", record.getId(), value, version));
            int likeForLike = measure(stub, "entity manager, WideRecord (not iterable, no modifiedAt)", () -> {
                record.setF07(value);
                em.flush();
            });
            int fullLayout = measure(stub, "entity manager, WideDocument (iterable, modifiedAt)", () -> {
                document.setF07(value);
                em.flush();
            });
            int handFullLayout = measure(stub, "hand-written full layout (+ modifiedAt, _iter_pk, _iter_sk, TOTAL)",
                    () -> stub.handWrittenFullLayoutUpdate(document.getId(), value, documentVersion));
            System.out.println();
            System.out.printf(Locale.ROOT, "%-28s %8s %10s %10s %10s%n", "variant", "bytes", "/minimal", "/capacity", "/same");
            for (Object[] row : List.of(new Object[] {"hand-written minimal", minimal},
                    new Object[] {"hand-written + capacity", withCapacity},
                    new Object[] {"hand-written same semantics", sameSemantics},
                    new Object[] {"entity manager like-for-like", likeForLike},
                    new Object[] {"hand-written full layout", handFullLayout},
                    new Object[] {"entity manager full layout", fullLayout})) {
                int bytes = (Integer) row[1];
                System.out.printf(Locale.ROOT, "%-28s %8d %10.3f %10.3f %10.3f%n", row[0], bytes, (double) bytes / minimal,
                        (double) bytes / withCapacity, (double) bytes / sameSemantics);
            }
        }
    }

    private static int measure(StubbedBao stub, String title, Runnable call) {
        stub.http().reset();
        call.run();
        if (stub.http().requests() != 1) {
            throw new IllegalStateException(title + ": expected one request, saw " + stub.http().requests());
        }
        System.out.println(title + " — " + stub.http().bodyBytes() + " bytes");
        System.out.println("  " + stub.http().bodies().get(0));
        return (int) stub.http().bodyBytes();
    }
}
