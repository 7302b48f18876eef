package dev.dynamobao.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.BaoOperations;
import dev.dynamobao.MissingUnitOfWorkException;
import dev.dynamobao.spring.sample.blog.User;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Strict mode: inside a request access works; outside a request (or explicit unit of work) it is the library's error. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1", "dynamobao.ensure-table=true", "dynamobao.require-unit-of-work=true"})
class StrictModeTest {

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        SharedServer.register(registry, "strict-mode-test");
    }

    @LocalServerPort
    int port;
    @Autowired
    BaoOperations bao;
    @Autowired
    BaoEntityManagerFactory factory;

    @Test
    void accessOutsideARequest_throwsMissingUnitOfWork_insideARequestItWorks() throws Exception {
        assertThat(factory.configuration().requireUnitOfWork()).isTrue();
        assertThatThrownBy(() -> bao.find(User.class, "01JFGMRH7XACZ8GKB81DZ5YWNH"))
                .isInstanceOf(MissingUnitOfWorkException.class);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/users"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Bo\",\"email\":\"bo@example.com\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String userId = created.body().replaceAll(".*\"userId\":\"([^\"]+)\".*", "$1");
        assertThat(factory.callInUnitOfWork(em -> em.find(User.class, userId)).map(User::getName)).contains("Bo");
    }
}
