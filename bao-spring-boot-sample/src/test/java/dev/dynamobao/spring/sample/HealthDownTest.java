package dev.dynamobao.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The health endpoint when the table is missing (startup check off): DOWN, with the way to create it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1", "dynamobao.ensure-table=false", "dynamobao.check-table=false"})
class HealthDownTest {

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        SharedServer.register(registry, "health-down-test-never-created");
    }

    @LocalServerPort
    int port;

    @Test
    void health_whenTheTableIsMissing_isDownWithTheFix() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/dynamobao")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"DOWN\"").contains("\"status\":\"MISSING\"")
                .contains("health-down-test-never-created").contains("dynamobao.ensure-table=true");
    }
}
