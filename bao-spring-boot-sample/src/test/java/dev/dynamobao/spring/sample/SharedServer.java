package dev.dynamobao.spring.sample;

import dev.dynamobao.test.MotoServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The one DynamoDB server (moto, from the test kit) of this test JVM, started on first use and
 * stopped at JVM exit; each test class uses its own table.
 */
final class SharedServer {

    private static MotoServer server;

    private SharedServer() {
    }

    static synchronized MotoServer get() {
        if (server == null) {
            MotoServer started = MotoServer.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            server = started;
        }
        return server;
    }

    /** Points the starter at the shared server and {@code table}. */
    static void register(DynamicPropertyRegistry registry, String table) {
        registry.add("dynamobao.endpoint", () -> get().endpoint().toString());
        registry.add("dynamobao.region", () -> get().region());
        registry.add("dynamobao.table", () -> table);
    }
}
