package dev.dynamobao.engine.internal;

import dev.dynamobao.BaoConfiguration;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.spi.BaoProvider;

/** The engine's {@link BaoProvider}, registered in {@code META-INF/services}. */
public final class EngineProvider implements BaoProvider {

    /** Creates the provider (called by {@link java.util.ServiceLoader}). */
    public EngineProvider() {
    }

    @Override
    public BaoEntityManagerFactory createFactory(BaoConfiguration configuration) {
        return BaoFactory.create(configuration);
    }
}
