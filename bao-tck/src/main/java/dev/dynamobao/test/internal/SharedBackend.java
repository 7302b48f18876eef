package dev.dynamobao.test.internal;

import dev.dynamobao.test.Capability;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outcome of starting the JVM's backend, kept for every later test class: a running backend,
 * a reason to skip (LocalStack without Docker), or the failure to report again.
 */
public final class SharedBackend implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SharedBackend.class);

    private final Backend backend;
    private final String skipReason;
    private final RuntimeException failure;

    private SharedBackend(Backend backend, String skipReason, RuntimeException failure) {
        this.backend = backend;
        this.skipReason = skipReason;
        this.failure = failure;
    }

    /** Starts the backend the settings name; never throws, the outcome is kept. */
    public static SharedBackend start(BackendSettings settings) {
        try {
            return switch (settings.kind()) {
                case MOTO -> running(MotoBackend.start());
                case ENDPOINT -> running(new EndpointBackend(settings.endpoint().orElseThrow(), settings.missing()));
                case LOCALSTACK -> startLocalStack(settings.localStackImage(), settings.missing());
            };
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    /** A kept failure, e.g. an unknown backend name. */
    public static SharedBackend failed(RuntimeException failure) {
        return new SharedBackend(null, null, failure);
    }

    /**
     * The running backend.
     *
     * @throws org.opentest4j.TestAbortedException when the backend is unavailable (the test is skipped)
     * @throws RuntimeException the failure of starting it
     */
    public Backend require() {
        if (failure != null) {
            throw failure;
        }
        if (skipReason != null) {
            Assumptions.abort(skipReason);
        }
        return backend;
    }

    /** The running backend; empty when it failed to start or is skipped. */
    public Optional<Backend> running() {
        return Optional.ofNullable(backend);
    }

    @Override
    public void close() {
        if (backend != null) {
            backend.close();
        }
    }

    private static SharedBackend running(Backend backend) {
        LOG.info("@BaoTest backend: {}", backend.description());
        return new SharedBackend(backend, null, null);
    }

    private static SharedBackend startLocalStack(String image, Set<Capability> missing) {
        if (!testcontainersPresent()) {
            throw new ExtensionConfigurationException("bao.backend=localstack needs org.testcontainers:testcontainers-localstack"
                    + " on the test class path (it is an optional dependency of bao-tck); add it with test scope");
        }
        if (!LocalStackBackend.dockerAvailable()) {
            LOG.warn(LocalStackBackend.NO_DOCKER);
            return new SharedBackend(null, LocalStackBackend.NO_DOCKER, null);
        }
        return running(LocalStackBackend.start(image, missing));
    }

    private static boolean testcontainersPresent() {
        try {
            Class.forName("org.testcontainers.localstack.LocalStackContainer", false, SharedBackend.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
