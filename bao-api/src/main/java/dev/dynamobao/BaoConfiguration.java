package dev.dynamobao;

import dev.dynamobao.metrics.RequestListener;
import dev.dynamobao.spi.ConfigFileProvider;
import dev.dynamobao.spi.ConfigFileSettings;
import jakarta.persistence.AttributeConverter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Immutable settings of a {@link BaoEntityManagerFactory}. Start with {@link Bao#configure()}.
 *
 * <pre>{@code
 * BaoEntityManagerFactory bao = Bao.configure()
 *     .client(dynamoDbClient)          // or .endpoint(URI) / the SDK's default chain
 *     .table("my-app")                 // or env DYNAMO_BAO_TABLE, default "dynamo-bao-dev"
 *     .entities(User.class, Post.class)
 *     .build();
 * }</pre>
 *
 * <p>Environment variables: {@code DYNAMO_BAO_TABLE} (table name when none is set),
 * {@code DYNAMO_BAO_REQUIRE_BATCH_CONTEXT=true} (forces strict mode),
 * {@code AWS_ENDPOINT_URL_DYNAMODB} (endpoint when no client or endpoint is set).
 *
 * <p>With {@link Builder#fromConfig()} or {@link Builder#fromConfig(Path)} the settings of
 * {@code dynamo-bao.yaml} are read too (this needs {@code dev.dynamobao:bao-codegen} on the runtime class
 * path). Precedence, lowest first, the same as the {@code bao} command's: defaults → the file →
 * environment ({@code DYNAMO_BAO_TABLE}, {@code AWS_REGION}, {@code AWS_ENDPOINT_URL_DYNAMODB},
 * {@code DYNAMO_BAO_REQUIRE_BATCH_CONTEXT=true}, {@code DYNAMO_BAO_TENANCY_ENABLED=true}) → explicit builder
 * calls. The environment variable for strict mode can only turn it on.
 */
public final class BaoConfiguration {

    /** Table name used when neither the builder nor {@code DYNAMO_BAO_TABLE} gives one. */
    public static final String DEFAULT_TABLE = "dynamo-bao-dev";

    /**
     * Requests one operation keeps in flight at most when none is configured: well below the
     * 50 connections of the SDK's default Apache HTTP client pool.
     */
    public static final int DEFAULT_MAX_CONCURRENCY = 16;

    private final DynamoDbClient client;
    private final URI endpoint;
    private final String region;
    private final String table;
    private final List<Class<?>> entities;
    private final boolean requireUnitOfWork;
    private final MultiTenancy multiTenancy;
    private final RetryPolicy retryPolicy;
    private final CounterWrites counterWrites;
    private final List<RequestListener> requestListeners;
    private final Map<Class<?>, AttributeConverter<?, ?>> converters;
    private final EnhancementMode enhancementMode;
    private final boolean ensureTable;
    private final int maxConcurrency;

    private BaoConfiguration(Builder builder) {
        Function<String, String> env = builder.environment;
        Optional<ConfigFileSettings> file = builder.readConfigFile();
        this.client = builder.client;
        this.endpoint = builder.endpoint != null ? builder.endpoint
                : file.isPresent() ? file.get().endpoint()
                : Optional.ofNullable(env.apply("AWS_ENDPOINT_URL_DYNAMODB")).filter(s -> !s.isBlank()).map(URI::create).orElse(null);
        this.region = builder.region != null ? builder.region : file.map(ConfigFileSettings::region).orElse(null);
        this.table = builder.table != null ? builder.table
                : file.isPresent() ? file.get().table()
                : Optional.ofNullable(env.apply("DYNAMO_BAO_TABLE")).filter(s -> !s.isBlank()).orElse(DEFAULT_TABLE);
        this.entities = List.copyOf(builder.entities);
        boolean strictFromFile = file.map(ConfigFileSettings::requireBatchContext).orElse(false);
        this.requireUnitOfWork = (builder.requireUnitOfWork != null ? builder.requireUnitOfWork : strictFromFile)
                || "true".equalsIgnoreCase(String.valueOf(env.apply("DYNAMO_BAO_REQUIRE_BATCH_CONTEXT")).trim());
        this.multiTenancy = builder.multiTenancy != null ? builder.multiTenancy
                : file.filter(ConfigFileSettings::tenancyEnabled).isPresent() ? MultiTenancy.enabled().build()
                : MultiTenancy.disabled();
        this.retryPolicy = builder.retryPolicy;
        this.counterWrites = builder.counterWrites;
        this.requestListeners = List.copyOf(builder.requestListeners);
        this.converters = Map.copyOf(builder.converters);
        this.enhancementMode = builder.enhancementMode;
        this.ensureTable = builder.ensureTable;
        this.maxConcurrency = builder.maxConcurrency;
    }

    /** A new builder with every default. */
    public static Builder builder() {
        return new Builder();
    }

    /** The client given to the builder, if any. */
    public Optional<DynamoDbClient> client() {
        return Optional.ofNullable(client);
    }

    /** The endpoint override (builder, then {@code AWS_ENDPOINT_URL_DYNAMODB}), if any. */
    public Optional<URI> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    /** The region for a client the engine builds itself, if set. */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /** The table name. */
    public String table() {
        return table;
    }

    /** The registered entity classes, in registration order. */
    public List<Class<?>> entities() {
        return entities;
    }

    /** Whether operations outside a unit of work throw {@link MissingUnitOfWorkException}. */
    public boolean requireUnitOfWork() {
        return requireUnitOfWork;
    }

    /** The multi-tenancy settings. */
    public MultiTenancy multiTenancy() {
        return multiTenancy;
    }

    /** Retry of throttling and unprocessed batch keys. */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** How counter increments of entities without {@code @Version} are sent. */
    public CounterWrites counterWrites() {
        return counterWrites;
    }

    /** Listeners told of every request. */
    public List<RequestListener> requestListeners() {
        return requestListeners;
    }

    /** Converters for user field types, by Java type. */
    public Map<Class<?>, AttributeConverter<?, ?>> converters() {
        return converters;
    }

    /** How changes are detected. */
    public EnhancementMode enhancementMode() {
        return enhancementMode;
    }

    /** Whether {@link Builder#build()} creates (or checks) the table. */
    public boolean ensureTable() {
        return ensureTable;
    }

    /**
     * The most requests one operation (a flush, a batch read, an iteration) keeps in flight at once;
     * {@code 1} sends them one after another.
     */
    public int maxConcurrency() {
        return maxConcurrency;
    }

    /** Builder of {@link BaoConfiguration}; {@link #build()} goes straight to the factory. */
    public static final class Builder {
        private DynamoDbClient client;
        private URI endpoint;
        private String region;
        private String table;
        private final List<Class<?>> entities = new ArrayList<>();
        private Boolean requireUnitOfWork;
        private MultiTenancy multiTenancy;
        private Path configFile;
        private boolean configFileSearched;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private CounterWrites counterWrites = CounterWrites.EXACTLY_ONCE;
        private final List<RequestListener> requestListeners = new ArrayList<>();
        private final Map<Class<?>, AttributeConverter<?, ?>> converters = new LinkedHashMap<>();
        private EnhancementMode enhancementMode = EnhancementMode.AUTO;
        private boolean ensureTable;
        private int maxConcurrency = DEFAULT_MAX_CONCURRENCY;
        private Function<String, String> environment = System::getenv;

        private Builder() {
        }

        /** The DynamoDB client to use. The factory does not close a client it was given. */
        public Builder client(DynamoDbClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /** Endpoint of a DynamoDB-compatible service, for a client the engine builds itself. */
        public Builder endpoint(URI endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            return this;
        }

        /** Region for a client the engine builds itself. */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * Reads {@code dynamo-bao.yaml} from where the {@code bao} command finds it: the file
         * {@code DYNAMO_BAO_CONFIG} names, else {@code dynamo-bao.yaml} in the working directory, else the
         * class path resource {@code dynamo-bao.yaml}; with none of them, dynamo-bao's defaults (table
         * {@code dynamo-bao-dev}, region {@code us-west-2}) and the environment apply, as for the command.
         * The file is read when the configuration is built; explicit builder calls win over it, whatever
         * their order. Needs {@code dev.dynamobao:bao-codegen} on the runtime class path.
         *
         * <p>Settings used: {@code aws.region}, {@code aws.endpoint}, {@code db.tableName},
         * {@code batchContext.requireBatchContext}, {@code tenancy.enabled} (multi-tenancy without resolvers,
         * tenants from {@link Tenant#enter}; call {@link #multiTenancy(MultiTenancy)} for resolvers). The
         * other sections are for code generation and are checked but not used here.
         *
         * @throws ConfigurationException (from {@link #build()} and {@link #configuration()}) when the file
         *     has problems, each named with {@code file:line:column}, or when {@code bao-codegen} is missing
         */
        public Builder fromConfig() {
            this.configFile = null;
            this.configFileSearched = true;
            return this;
        }

        /**
         * Reads the settings of the given {@code dynamo-bao.yaml}-style file, which must exist; otherwise
         * as {@link #fromConfig()}.
         *
         * @throws ConfigurationException (from {@link #build()} and {@link #configuration()}) when the file
         *     is missing or has problems, or when {@code bao-codegen} is missing
         */
        public Builder fromConfig(Path file) {
            this.configFile = Objects.requireNonNull(file, "file");
            this.configFileSearched = false;
            return this;
        }

        /** The single table of the application. */
        public Builder table(String table) {
            if (table == null || table.isBlank()) {
                throw new ConfigurationException("table name must not be blank");
            }
            this.table = table;
            return this;
        }

        /** Registers entity classes. */
        public Builder entities(Class<?>... entityClasses) {
            entities.addAll(Arrays.asList(entityClasses));
            return this;
        }

        /** Registers entity classes. */
        public Builder entities(List<Class<?>> entityClasses) {
            entities.addAll(entityClasses);
            return this;
        }

        /** Strict mode: operations outside a unit of work throw. The env variable can only turn it on. */
        public Builder requireUnitOfWork(boolean require) {
            this.requireUnitOfWork = require;
            return this;
        }

        /** Multi-tenancy settings; default {@link MultiTenancy#disabled()}. */
        public Builder multiTenancy(MultiTenancy multiTenancy) {
            this.multiTenancy = Objects.requireNonNull(multiTenancy, "multiTenancy");
            return this;
        }

        /** Retry of throttling and unprocessed batch keys; default {@link RetryPolicy#DEFAULT}. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * How counter increments of entities without {@code @Version} are sent; default
         * {@link CounterWrites#EXACTLY_ONCE}.
         */
        public Builder counterWrites(CounterWrites counterWrites) {
            this.counterWrites = Objects.requireNonNull(counterWrites, "counterWrites");
            return this;
        }

        /** Adds a listener told of every request. */
        public Builder requestListener(RequestListener listener) {
            requestListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Registers a converter for fields of {@code type}. The converter's database side must be
         * a supported stored type: String, Long, Integer, Double, BigDecimal, Boolean or byte[].
         * A field's own {@code @Convert} wins over this.
         */
        public <T> Builder converter(Class<T> type, AttributeConverter<T, ?> converter) {
            converters.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(converter, "converter"));
            return this;
        }

        /**
         * How changes are detected; default {@link EnhancementMode#AUTO}. With
         * {@link EnhancementMode#SELF_ATTACH} the agent is attached right here, so call this before
         * {@link #entities(Class[])}: {@code Bao.configure().enhancement(SELF_ATTACH).entities(User.class)}.
         */
        public Builder enhancement(EnhancementMode mode) {
            this.enhancementMode = Objects.requireNonNull(mode, "mode");
            if (mode == EnhancementMode.SELF_ATTACH) {
                Bao.installEnhancementAgent();
            }
            return this;
        }

        /** Whether {@link #build()} creates the table when missing (and checks it when present). */
        public Builder ensureTable(boolean ensure) {
            this.ensureTable = ensure;
            return this;
        }

        /**
         * The most requests one operation keeps in flight at once (default
         * {@link #DEFAULT_MAX_CONCURRENCY}); {@code 1} sends every request after the previous one
         * answered. Independent requests of a flush, a batch read or an iteration run on the
         * factory's request threads, at most this many together; the entity manager itself stays
         * single-threaded. With a client of your own, keep this at or below its HTTP connection pool
         * (the SDK's Apache client allows 50 connections unless configured otherwise), or requests
         * wait for a connection.
         *
         * @throws ConfigurationException when {@code maxConcurrency} is below 1
         */
        public Builder maxConcurrency(int maxConcurrency) {
            if (maxConcurrency < 1) {
                throw new ConfigurationException("maxConcurrency must be at least 1 (1 sends requests one after another),"
                        + " but was " + maxConcurrency);
            }
            this.maxConcurrency = maxConcurrency;
            return this;
        }

        /** Where environment variables are read from (a seam for tests); default {@link System#getenv(String)}. */
        public Builder environment(Function<String, String> environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        private Optional<ConfigFileSettings> readConfigFile() {
            if (configFile == null && !configFileSearched) {
                return Optional.empty();
            }
            ConfigFileProvider provider = Bao.configFileProvider();
            if (configFile != null) {
                return Optional.of(provider.read(configFile, environment));
            }
            ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                    .orElse(BaoConfiguration.class.getClassLoader());
            return Optional.of(provider.find(Path.of("").toAbsolutePath(), loader, environment));
        }

        /** The immutable configuration, without building a factory. */
        public BaoConfiguration configuration() {
            return new BaoConfiguration(this);
        }

        /**
         * Validates every model and builds the factory with the engine found on the class path.
         *
         * @throws ModelDefinitionException listing every problem of every model
         * @throws ConfigurationException when no engine ({@code bao-engine}) is on the class path
         */
        public BaoEntityManagerFactory build() {
            BaoConfiguration configuration = configuration();
            return Bao.provider().createFactory(configuration);
        }
    }
}
