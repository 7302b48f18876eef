package dev.dynamobao.benchmarks.cpu;

import java.io.PrintStream;

/**
 * Prints the request body each client sends for each operation of {@link SideBySideBenchmark}, so
 * that the three can be checked to carry the same semantics:
 * {@code java -cp benchmarks.jar dev.dynamobao.benchmarks.cpu.SideBySideRequests}.
 */
public final class SideBySideRequests {

    private SideBySideRequests() {
    }

    /** Sends each operation once per client and prints the bodies. */
    public static void main(String[] args) {
        PrintStream out = System.out;
        try (SideBySide clients = new SideBySide(true)) {
            clients.rawGet();
            clients.enhancedGet();
            clients.baoGet();
            clients.rawPut("put-1");
            clients.enhancedPut("put-2");
            clients.baoPut("put-3");
            clients.baoUpdate("initial");
            int before = clients.http().bodies().size();
            clients.rawUpdate("changed");
            clients.enhancedUpdate("changed");
            clients.baoUpdate("changed");
            clients.rawQuery();
            clients.enhancedQuery();
            clients.baoQuery();
            int index = 0;
            for (String body : clients.http().bodies()) {
                if (index++ == before - 2) {
                    out.println("(the find that loads the entity to update, then its first update)");
                }
                out.println(body.length() + " bytes: " + body);
            }
        }
    }
}
