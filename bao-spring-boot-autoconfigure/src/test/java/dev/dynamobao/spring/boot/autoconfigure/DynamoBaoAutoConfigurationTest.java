package dev.dynamobao.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamobao.BaoConfiguration;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.BaoOperations;
import dev.dynamobao.ConfigurationException;
import dev.dynamobao.EnhancementMode;
import dev.dynamobao.ModelDefinitionException;
import dev.dynamobao.RetryPolicy;
import dev.dynamobao.spring.boot.autoconfigure.fixture.blog.Author;
import dev.dynamobao.spring.boot.autoconfigure.fixture.blog.Note;
import dev.dynamobao.spring.boot.autoconfigure.fixture.broken.BadPrefix;
import dev.dynamobao.spring.boot.autoconfigure.fixture.empty.Nothing;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Conditions and property binding of {@link DynamoBaoAutoConfiguration}. The table check is off
 * (dynamobao.check-table=false) so that no request is sent; the tests that need a server are in
 * {@code DynamoBaoStartupTableTest}.
 */
class DynamoBaoAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DynamoBaoAutoConfiguration.class))
            .withPropertyValues("dynamobao.check-table=false", "dynamobao.region=eu-west-1");

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Author.class)
    static class BlogApplication {
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = BadPrefix.class)
    static class BrokenApplication {
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Nothing.class)
    static class EmptyApplication {
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnClient {
        static final DynamoDbClient CLIENT = DynamoDbClient.builder().region(Region.AP_SOUTHEAST_2)
                .credentialsProvider(AnonymousCredentialsProvider.create()).build();

        @Bean
        DynamoDbClient myClient() {
            return CLIENT;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnFactory {
        @Bean
        BaoEntityManagerFactory myFactory() {
            return dev.dynamobao.Bao.configure().region("eu-west-1").table("mine").entities(Note.class).build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Customizers {
        @Bean
        BaoConfigurationCustomizer tableFromCode() {
            return builder -> builder.table("from-customizer");
        }

        @Bean
        DynamoDbClientCustomizer regionFromCode() {
            return builder -> builder.region(Region.SA_EAST_1);
        }
    }

    @Test
    void autoConfiguration_whenApplicationHasNoClient_createsClientAndFactoryAndAmbientOperations() {
        runner.withUserConfiguration(BlogApplication.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(DynamoDbClient.class).hasSingleBean(BaoEntityManagerFactory.class)
                    .hasSingleBean(BaoOperations.class);
            BaoEntityManagerFactory factory = context.getBean(BaoEntityManagerFactory.class);
            assertThat(factory.client()).isSameAs(context.getBean(DynamoDbClient.class));
            assertThat(context.getBean(BaoOperations.class)).isSameAs(factory.ambient());
        });
    }

    @Test
    void client_whenRegionAndEndpointSet_usesThem() {
        runner.withUserConfiguration(BlogApplication.class)
                .withPropertyValues("dynamobao.region=eu-central-1", "dynamobao.endpoint=http://127.0.0.1:4567")
                .run(context -> {
                    DynamoDbClient client = context.getBean(DynamoDbClient.class);
                    assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_CENTRAL_1);
                    assertThat(client.serviceClientConfiguration().endpointOverride()).contains(URI.create("http://127.0.0.1:4567"));
                });
    }

    @Test
    void client_whenApplicationDefinesOne_backsOffAndFactoryUsesIt() {
        runner.withUserConfiguration(BlogApplication.class, OwnClient.class).run(context -> {
            assertThat(context).hasSingleBean(DynamoDbClient.class);
            assertThat(context.getBean(BaoEntityManagerFactory.class).client()).isSameAs(OwnClient.CLIENT);
        });
    }

    @Test
    void factory_whenApplicationDefinesOne_backsOff() {
        runner.withUserConfiguration(BlogApplication.class, OwnFactory.class).run(context -> {
            assertThat(context).hasSingleBean(BaoEntityManagerFactory.class);
            assertThat(context.getBean(BaoEntityManagerFactory.class).configuration().table()).isEqualTo("mine");
        });
    }

    @Test
    void factory_bindsEveryDynamobaoProperty() {
        runner.withUserConfiguration(BlogApplication.class)
                .withPropertyValues("dynamobao.table=blog-table", "dynamobao.require-unit-of-work=true",
                        "dynamobao.tenancy.enabled=true", "dynamobao.tenancy.default-tenant=acme",
                        "dynamobao.enhancement=auto", "dynamobao.retry.max-attempts=3",
                        "dynamobao.retry.base-delay=10ms", "dynamobao.retry.max-delay=1s", "dynamobao.max-concurrency=4")
                .run(context -> {
                    BaoConfiguration configuration = context.getBean(BaoEntityManagerFactory.class).configuration();
                    assertThat(configuration.table()).isEqualTo("blog-table");
                    assertThat(configuration.requireUnitOfWork()).isTrue();
                    assertThat(configuration.multiTenancy().isEnabled()).isTrue();
                    assertThat(configuration.multiTenancy().defaultTenant()).contains("acme");
                    assertThat(configuration.enhancementMode()).isEqualTo(EnhancementMode.AUTO);
                    assertThat(configuration.retryPolicy()).isEqualTo(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(1)));
                    assertThat(configuration.ensureTable()).isFalse();
                    assertThat(configuration.maxConcurrency()).isEqualTo(4);
                });
    }

    @Test
    void factory_whenPropertiesUnset_usesTheLibraryDefaults() {
        runner.withUserConfiguration(BlogApplication.class).run(context -> {
            BaoConfiguration configuration = context.getBean(BaoEntityManagerFactory.class).configuration();
            assertThat(configuration.requireUnitOfWork()).isEqualTo(
                    "true".equalsIgnoreCase(System.getenv("DYNAMO_BAO_REQUIRE_BATCH_CONTEXT")));
            assertThat(configuration.multiTenancy().isEnabled()).isFalse();
            assertThat(configuration.retryPolicy()).isEqualTo(RetryPolicy.DEFAULT);
            assertThat(configuration.enhancementMode()).isEqualTo(EnhancementMode.AUTO);
            assertThat(configuration.maxConcurrency()).isEqualTo(BaoConfiguration.DEFAULT_MAX_CONCURRENCY);
        });
    }

    @Test
    void entities_areScannedFromTheApplicationPackages() {
        runner.withUserConfiguration(BlogApplication.class).run(context ->
                assertThat(context.getBean(BaoEntityManagerFactory.class).entityClasses())
                        .containsExactlyInAnyOrder(Author.class, Note.class));
    }

    @Test
    void entities_whenEntityPackagesSet_scanOnlyThose() {
        runner.withUserConfiguration(EmptyApplication.class)
                .withPropertyValues("dynamobao.entity-packages=" + Note.class.getPackageName())
                .run(context -> assertThat(context.getBean(BaoEntityManagerFactory.class).entityClasses())
                        .containsExactlyInAnyOrder(Author.class, Note.class));
    }

    @Test
    void customizers_areAppliedAfterTheProperties() {
        runner.withUserConfiguration(BlogApplication.class, Customizers.class)
                .withPropertyValues("dynamobao.table=from-properties")
                .run(context -> {
                    assertThat(context.getBean(BaoEntityManagerFactory.class).configuration().table()).isEqualTo("from-customizer");
                    assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().region()).isEqualTo(Region.SA_EAST_1);
                });
    }

    @Test
    void startup_whenAModelIsInvalid_failsListingEveryProblem() {
        runner.withUserConfiguration(BrokenApplication.class).run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            ModelDefinitionException models = findCause(failure, ModelDefinitionException.class);
            assertThat(models.problems()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(models.problems()).anySatisfy(problem -> assertThat(problem).contains("BadPrefix"));
            assertThat(models.problems()).anySatisfy(problem -> assertThat(problem).contains("NoId"));
            var analysis = new BaoFailureAnalyzer().analyze(failure);
            assertThat(analysis.getDescription()).contains("BadPrefix").contains("NoId").contains("problem(s)");
            assertThat(analysis.getAction()).contains("Fix each model");
        });
    }

    @Test
    void startup_whenNoEntityIsFound_failsNamingThePackagesAndTheProperty() {
        runner.withUserConfiguration(EmptyApplication.class).run(context -> {
            assertThat(context).hasFailed();
            ConfigurationException failure = findCause(context.getStartupFailure(), ConfigurationException.class);
            assertThat(failure.getMessage()).contains(Nothing.class.getPackageName()).contains("dynamobao.entity-packages");
        });
    }

    @Test
    void startup_whenNoAutoConfigurationPackage_failsNamingTheProperty() {
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(findCause(context.getStartupFailure(), ConfigurationException.class).getMessage())
                    .contains("dynamobao.entity-packages");
        });
    }

    @Test
    void autoConfiguration_whenTheLibraryIsAbsent_backsOff() {
        runner.withUserConfiguration(BlogApplication.class)
                .withClassLoader(new org.springframework.boot.test.context.FilteredClassLoader(BaoEntityManagerFactory.class))
                .run(context -> assertThat(context).doesNotHaveBean(BaoEntityManagerFactory.class)
                        .doesNotHaveBean(DynamoDbClient.class));
    }

    static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + failure, failure);
    }
}
