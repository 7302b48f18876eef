package dev.dynamobao.spring.boot.autoconfigure;

import dev.dynamobao.BaoConfiguration;
import dev.dynamobao.EnhancementMode;
import dev.dynamobao.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code dynamobao.*} properties: how the auto-configured {@code DynamoDbClient} and
 * {@code BaoEntityManagerFactory} are built, and whether each HTTP request runs in a unit of work.
 */
@ConfigurationProperties(prefix = DynamoBaoProperties.PREFIX)
public class DynamoBaoProperties {

    /** The prefix of every property of this class. */
    public static final String PREFIX = "dynamobao";

    /**
     * Name of the single table. When unset, the environment variable DYNAMO_BAO_TABLE, then
     * "dynamo-bao-dev".
     */
    private String table;

    /**
     * AWS region of the auto-configured DynamoDbClient (e.g. "eu-west-1"). When unset, the SDK's
     * default region chain (AWS_REGION, profile, instance metadata); "us-east-1" with an endpoint.
     */
    private String region;

    /**
     * Endpoint of a DynamoDB-compatible server (e.g. "http://127.0.0.1:8000"). When unset, the SDK's
     * default (AWS_ENDPOINT_URL_DYNAMODB, then the region's AWS endpoint).
     */
    private URI endpoint;

    /**
     * Strict mode: every operation outside a unit of work (an HTTP request, or runInUnitOfWork) throws
     * MissingUnitOfWorkException instead of running uncached.
     */
    private boolean requireUnitOfWork;

    /**
     * Create the table at startup when it is missing (and check it when it exists). Meant for
     * development and tests; in production create the table once, ahead of deployment.
     */
    private boolean ensureTable;

    /**
     * Check at startup that the table exists and matches the layout the models need, failing the
     * start with the differences when it does not. Ignored when ensure-table is true (which checks too).
     */
    private boolean checkTable = true;

    /** How the engine learns which fields of an entity changed. */
    private EnhancementMode enhancement = EnhancementMode.AUTO;

    /**
     * Packages scanned for @Entity/@Model classes. When empty, the application's auto-configuration
     * packages (the package of the @SpringBootApplication class and below).
     */
    private List<String> entityPackages = new ArrayList<>();

    /** Multi-tenancy. */
    private final Tenancy tenancy = new Tenancy();

    /** Retry of throttled requests and unprocessed batch keys. */
    private final Retry retry = new Retry();

    /**
     * The most DynamoDB requests one operation (a flush, a persistAll, a batch read) keeps in flight
     * at once on the factory's request threads; 1 sends them one after another. Keep it at or below
     * the HTTP client's connection pool.
     */
    private int maxConcurrency = BaoConfiguration.DEFAULT_MAX_CONCURRENCY;

    /** The unit of work per HTTP request (Spring MVC). */
    private final Web web = new Web();

    /** Micrometer metrics. */
    private final Metrics metrics = new Metrics();

    /** The table name, or null for the library's default. */
    public String getTable() {
        return table;
    }

    /** Sets the table name. */
    public void setTable(String table) {
        this.table = table;
    }

    /** The region, or null for the SDK's chain. */
    public String getRegion() {
        return region;
    }

    /** Sets the region. */
    public void setRegion(String region) {
        this.region = region;
    }

    /** The endpoint override, or null. */
    public URI getEndpoint() {
        return endpoint;
    }

    /** Sets the endpoint override. */
    public void setEndpoint(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** Whether strict mode is on. */
    public boolean isRequireUnitOfWork() {
        return requireUnitOfWork;
    }

    /** Turns strict mode on or off. */
    public void setRequireUnitOfWork(boolean requireUnitOfWork) {
        this.requireUnitOfWork = requireUnitOfWork;
    }

    /** The most requests one operation keeps in flight at once. */
    public int getMaxConcurrency() {
        return maxConcurrency;
    }

    /** Sets the most requests one operation keeps in flight at once (at least 1). */
    public void setMaxConcurrency(int maxConcurrency) {
        this.maxConcurrency = maxConcurrency;
    }

    /** Whether the table is created at startup when missing. */
    public boolean isEnsureTable() {
        return ensureTable;
    }

    /** Sets whether the table is created at startup when missing. */
    public void setEnsureTable(boolean ensureTable) {
        this.ensureTable = ensureTable;
    }

    /** Whether the table is checked at startup. */
    public boolean isCheckTable() {
        return checkTable;
    }

    /** Sets whether the table is checked at startup. */
    public void setCheckTable(boolean checkTable) {
        this.checkTable = checkTable;
    }

    /** The enhancement mode. */
    public EnhancementMode getEnhancement() {
        return enhancement;
    }

    /** Sets the enhancement mode. */
    public void setEnhancement(EnhancementMode enhancement) {
        this.enhancement = enhancement;
    }

    /** The packages scanned for entities; empty for the auto-configuration packages. */
    public List<String> getEntityPackages() {
        return entityPackages;
    }

    /** Sets the packages scanned for entities. */
    public void setEntityPackages(List<String> entityPackages) {
        this.entityPackages = entityPackages;
    }

    /** The multi-tenancy settings. */
    public Tenancy getTenancy() {
        return tenancy;
    }

    /** The retry settings. */
    public Retry getRetry() {
        return retry;
    }

    /** The web settings. */
    public Web getWeb() {
        return web;
    }

    /** The metrics settings. */
    public Metrics getMetrics() {
        return metrics;
    }

    /** {@code dynamobao.tenancy.*}. */
    public static class Tenancy {

        /** Prefix every key with the current tenant ([tenant]#), as dynamo-bao's multi-tenancy does. */
        private boolean enabled;

        /** Tenant used when none is entered on the thread and no header or resolver gives one. */
        private String defaultTenant;

        /**
         * HTTP request header naming the tenant of a request (e.g. "X-Tenant-Id"); the per-request
         * unit of work enters it. A request with an invalid tenant id is answered 400.
         */
        private String header;

        /** Whether multi-tenancy is on. */
        public boolean isEnabled() {
            return enabled;
        }

        /** Turns multi-tenancy on or off. */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** The default tenant, or null. */
        public String getDefaultTenant() {
            return defaultTenant;
        }

        /** Sets the default tenant. */
        public void setDefaultTenant(String defaultTenant) {
            this.defaultTenant = defaultTenant;
        }

        /** The tenant header, or null. */
        public String getHeader() {
            return header;
        }

        /** Sets the tenant header. */
        public void setHeader(String header) {
            this.header = header;
        }
    }

    /** {@code dynamobao.retry.*}. */
    public static class Retry {

        /** Attempts including the first, at least 1. */
        private int maxAttempts = RetryPolicy.DEFAULT.maxAttempts();

        /** Delay before the first retry; doubles with each retry (full jitter). */
        private Duration baseDelay = RetryPolicy.DEFAULT.baseDelay();

        /** Largest delay between two attempts. */
        private Duration maxDelay = RetryPolicy.DEFAULT.maxDelay();

        /** Attempts including the first. */
        public int getMaxAttempts() {
            return maxAttempts;
        }

        /** Sets the attempts including the first. */
        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        /** The base delay. */
        public Duration getBaseDelay() {
            return baseDelay;
        }

        /** Sets the base delay. */
        public void setBaseDelay(Duration baseDelay) {
            this.baseDelay = baseDelay;
        }

        /** The largest delay. */
        public Duration getMaxDelay() {
            return maxDelay;
        }

        /** Sets the largest delay. */
        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }

        /** These settings as the library's policy. */
        public RetryPolicy toPolicy() {
            return new RetryPolicy(maxAttempts, baseDelay, maxDelay);
        }
    }

    /** {@code dynamobao.web.*}. */
    public static class Web {

        /** The unit of work per request. */
        private final UnitOfWork unitOfWork = new UnitOfWork();

        /** The unit-of-work settings. */
        public UnitOfWork getUnitOfWork() {
            return unitOfWork;
        }
    }

    /** {@code dynamobao.web.unit-of-work.*}. */
    public static class UnitOfWork {

        /**
         * Run every Spring MVC request in one unit of work: loads batch and cache within the request,
         * changes are flushed when the handler returns normally and dropped when it throws.
         */
        private boolean enabled = true;

        /** Order of the servlet filter that opens the unit of work (lower runs earlier). */
        private int filterOrder = 0;

        /** Whether the unit of work is opened per request. */
        public boolean isEnabled() {
            return enabled;
        }

        /** Turns the unit of work per request on or off. */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** The filter order. */
        public int getFilterOrder() {
            return filterOrder;
        }

        /** Sets the filter order. */
        public void setFilterOrder(int filterOrder) {
            this.filterOrder = filterOrder;
        }
    }

    /** {@code dynamobao.metrics.*}. */
    public static class Metrics {

        /** Record DynamoBao's request metrics in the application's MeterRegistry. */
        private boolean enabled = true;

        /** Whether metrics are recorded. */
        public boolean isEnabled() {
            return enabled;
        }

        /** Turns metrics on or off. */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
