package dev.dynamobao.spring.boot.autoconfigure;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** TEMPORARY stand-in for bao-tck's MotoServer (issue 19) until it lands on main. */
final class MotoServer implements AutoCloseable {
    private final Process process;
    private final URI endpoint;

    private MotoServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    static MotoServer start() {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Process process = new ProcessBuilder("python3", "-m", "moto.server", "-H", "127.0.0.1", "-p", String.valueOf(port))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 200; i++) {
                try {
                    http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding());
                    return new MotoServer(process, endpoint);
                } catch (IOException notYet) {
                    Thread.sleep(100);
                }
            }
            process.destroy();
            throw new IllegalStateException("moto did not start");
        } catch (IOException | InterruptedException failure) {
            throw new IllegalStateException(failure);
        }
    }

    URI endpoint() {
        return endpoint;
    }

    String region() {
        return "us-east-1";
    }

    @Override
    public void close() {
        process.destroy();
    }
}
