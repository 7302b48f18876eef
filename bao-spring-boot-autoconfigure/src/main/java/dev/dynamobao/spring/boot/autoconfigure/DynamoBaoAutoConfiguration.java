package dev.dynamobao.spring.boot.autoconfigure;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoConfiguration;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.BaoOperations;
import dev.dynamobao.ConfigurationException;
import dev.dynamobao.MultiTenancy;
import dev.dynamobao.metrics.RequestListener;
import java.util.List;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Auto-configures a {@link DynamoDbClient} (when the application has none) and a
 * {@link BaoEntityManagerFactory} from the {@code dynamobao.*} properties, with the entities of the
 * application's packages. Each bean backs off when the application defines its own.
 */
@AutoConfiguration
@ConditionalOnClass({BaoEntityManagerFactory.class, DynamoDbClient.class})
@EnableConfigurationProperties(DynamoBaoProperties.class)
public class DynamoBaoAutoConfiguration {

    /** Creates the auto-configuration. */
    public DynamoBaoAutoConfiguration() {
    }

    /**
     * The DynamoDB client: region and endpoint from the properties or the SDK's default chain. With an
     * endpoint and no AWS credentials configured anywhere, fixed fake credentials (local emulators check
     * none). Closed with the context.
     */
    @Bean
    @ConditionalOnMissingBean
    public DynamoDbClient dynamoDbClient(DynamoBaoProperties properties, ObjectProvider<DynamoDbClientCustomizer> customizers) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder();
        if (properties.getRegion() != null) {
            builder.region(Region.of(properties.getRegion()));
        }
        if (properties.getEndpoint() != null) {
            builder.endpointOverride(properties.getEndpoint());
            if (properties.getRegion() == null && System.getenv("AWS_REGION") == null && System.getProperty("aws.region") == null) {
                builder.region(Region.US_EAST_1);
            }
            if (System.getenv("AWS_ACCESS_KEY_ID") == null && System.getProperty("aws.accessKeyId") == null
                    && System.getenv("AWS_PROFILE") == null) {
                builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dynamobao", "dynamobao")));
            }
        }
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /**
     * The factory: every {@code dynamobao.*} property, the entities found under the application's
     * packages, every {@link RequestListener} bean, then every {@link BaoConfigurationCustomizer}.
     * Startup fails with every model problem listed, or when the table is missing or differs.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public BaoEntityManagerFactory baoEntityManagerFactory(DynamoBaoProperties properties, DynamoDbClient client,
                                                           BeanFactory beanFactory,
                                                           ObjectProvider<RequestListener> listeners,
                                                           ObjectProvider<BaoConfigurationCustomizer> customizers) {
        BaoConfiguration.Builder builder = Bao.configure()
                .enhancement(properties.getEnhancement())
                .client(client)
                .requireUnitOfWork(properties.isRequireUnitOfWork())
                .retryPolicy(properties.getRetry().toPolicy())
                .maxConcurrency(properties.getMaxConcurrency())
                .ensureTable(properties.isEnsureTable());
        if (properties.getTable() != null && !properties.getTable().isBlank()) {
            builder.table(properties.getTable());
        }
        builder.multiTenancy(multiTenancy(properties.getTenancy()));
        EntityScanner scanner = new EntityScanner(classLoader(beanFactory));
        builder.entities(scanner.load(scanner.scan(entityPackages(properties, beanFactory))));
        listeners.orderedStream().forEach(builder::requestListener);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        if (builder.configuration().entities().isEmpty()) {
            throw new ConfigurationException("No DynamoBao entity found in " + entityPackages(properties, beanFactory)
                    + ": annotate the model classes with @Entity and @Model, keep them in or below the package of the"
                    + " @SpringBootApplication class, or list their packages in dynamobao.entity-packages");
        }
        BaoEntityManagerFactory factory = builder.build();
        try {
            new StartupTableCheck(factory, properties).check(properties.isEnsureTable(), properties.isCheckTable());
        } catch (RuntimeException failure) {
            factory.close();
            throw failure;
        }
        return factory;
    }

    /**
     * The ambient operations of the factory, for injection: inside a request (or any unit of work)
     * they batch and cache within it; outside, they run uncached (or throw in strict mode).
     */
    @Bean
    @ConditionalOnMissingBean
    public BaoOperations baoOperations(BaoEntityManagerFactory factory) {
        return factory.ambient();
    }

    private static MultiTenancy multiTenancy(DynamoBaoProperties.Tenancy tenancy) {
        if (!tenancy.isEnabled()) {
            return MultiTenancy.disabled();
        }
        MultiTenancy.Builder builder = MultiTenancy.enabled();
        if (tenancy.getDefaultTenant() != null && !tenancy.getDefaultTenant().isBlank()) {
            builder.defaultTenant(tenancy.getDefaultTenant());
        }
        return builder.build();
    }

    private static List<String> entityPackages(DynamoBaoProperties properties, BeanFactory beanFactory) {
        if (!properties.getEntityPackages().isEmpty()) {
            return List.copyOf(properties.getEntityPackages());
        }
        if (!AutoConfigurationPackages.has(beanFactory)) {
            throw new ConfigurationException("No package to scan for DynamoBao entities: run the application from a"
                    + " @SpringBootApplication (or @AutoConfigurationPackage) class, or set dynamobao.entity-packages");
        }
        return AutoConfigurationPackages.get(beanFactory);
    }

    private static ClassLoader classLoader(BeanFactory beanFactory) {
        if (beanFactory instanceof org.springframework.beans.factory.config.ConfigurableBeanFactory configurable
                && configurable.getBeanClassLoader() != null) {
            return configurable.getBeanClassLoader();
        }
        return DynamoBaoAutoConfiguration.class.getClassLoader();
    }
}
