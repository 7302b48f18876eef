package dev.dynamobao.spring.boot.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.spring.boot.autoconfigure.DynamoBaoAutoConfiguration;
import dev.dynamobao.spring.boot.autoconfigure.DynamoDbClientCustomizer;
import dev.dynamobao.spring.boot.autoconfigure.fixture.blog.Author;
import dev.dynamobao.spring.boot.autoconfigure.fixture.blog.Note;
import dev.dynamobao.spring.boot.autoconfigure.web.UnitOfWorkObserver;
import dev.dynamobao.test.InFlightRecordingHttpClient;
import dev.dynamobao.test.MotoServer;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * Requests per unit of work when the requests of one flush go out together on the factory's
 * request threads: every one counts for the unit of work that sent it, against the real server.
 */
class UnitOfWorkMetricsTest {

    private static MotoServer server;

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Author.class)
    static class BlogApplication {
    }

    /** A registry, and the auto-configured client's HTTP client holding each request 20 ms (a round trip). */
    @Configuration(proxyBeanMethods = false)
    static class SlowNetwork {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        InFlightRecordingHttpClient recordingHttpClient() {
            return InFlightRecordingHttpClient.wrapping(UrlConnectionHttpClient.create()).holdEachRequest(Duration.ofMillis(20));
        }

        @Bean
        DynamoDbClientCustomizer slowHttp(InFlightRecordingHttpClient http) {
            return builder -> builder.httpClient(http);
        }
    }

    @BeforeAll
    static void start() {
        server = MotoServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void requestsSentOnRequestThreads_countForTheUnitOfWorkThatSentThem() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DynamoBaoAutoConfiguration.class, DynamoBaoMetricsAutoConfiguration.class))
                .withUserConfiguration(BlogApplication.class, SlowNetwork.class)
                .withPropertyValues("dynamobao.endpoint=" + server.endpoint(), "dynamobao.region=" + server.region(),
                        "dynamobao.table=uow-metrics", "dynamobao.ensure-table=true", "dynamobao.max-concurrency=8")
                .run(context -> {
                    BaoEntityManagerFactory factory = context.getBean(BaoEntityManagerFactory.class);
                    UnitOfWorkMetrics metrics = context.getBean(UnitOfWorkMetrics.class);
                    InFlightRecordingHttpClient http = context.getBean(InFlightRecordingHttpClient.class);
                    assertThat(factory.configuration().maxConcurrency()).isEqualTo(8);
                    http.reset();

                    // What UnitOfWorkFilter does around a request whose handler creates 20 notes.
                    UnitOfWorkObserver.Handle handle = metrics.opened();
                    factory.runInUnitOfWork(em -> {
                        handle.entered(em);
                        List<Note> notes = new ArrayList<>();
                        for (int i = 0; i < 20; i++) {
                            notes.add(new Note("note " + i));
                        }
                        em.persistAll(notes);
                    });
                    handle.closed("flushed");

                    assertThat(http.requests("PutItem")).hasSize(20);
                    assertThat(http.mostInFlight()).as("the creates overlapped").isGreaterThan(1);
                    assertThat(http.requests().stream().map(InFlightRecordingHttpClient.SentRequest::thread).distinct().count())
                            .as("sent from several threads").isGreaterThan(1);
                    DistributionSummary perUnitOfWork = context.getBean(MeterRegistry.class)
                            .get(BaoMeterNames.REQUESTS_PER_UNIT_OF_WORK).tag(BaoMeterNames.OUTCOME, "flushed").summary();
                    assertThat(perUnitOfWork.count()).isEqualTo(1);
                    assertThat(perUnitOfWork.totalAmount()).isEqualTo(20.0);
                });
    }
}
