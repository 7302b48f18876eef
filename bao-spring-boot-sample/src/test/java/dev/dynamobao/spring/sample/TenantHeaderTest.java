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

/** dynamobao.tenancy.header: each request works in the tenant its header names. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1", "dynamobao.ensure-table=true", "dynamobao.tenancy.enabled=true",
        "dynamobao.tenancy.header=X-Tenant-Id"})
class TenantHeaderTest {

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        SharedServer.register(registry, "tenant-header-test");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aUserCreatedUnderOneTenant_isFoundOnlyUnderThatTenant() throws Exception {
        HttpResponse<String> created = send("POST", "/users", "acme", "{\"name\":\"Tina\",\"email\":\"tina@acme.com\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String userId = created.body().replaceAll(".*\"userId\":\"([^\"]+)\".*", "$1");
        assertThat(send("GET", "/users/" + userId, "acme", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/users/" + userId, "globex", null).statusCode()).isEqualTo(404);
        // the same e-mail is free in another tenant
        assertThat(send("POST", "/users", "globex", "{\"name\":\"Tina\",\"email\":\"tina@acme.com\"}").statusCode())
                .isEqualTo(201);
    }

    @Test
    void anInvalidTenantId_isABadRequest() throws Exception {
        assertThat(send("GET", "/users/01JFGMRH7XACZ8GKB81DZ5YWNH", "bad#tenant", null).statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> send(String method, String path, String tenant, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Tenant-Id", tenant).header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
