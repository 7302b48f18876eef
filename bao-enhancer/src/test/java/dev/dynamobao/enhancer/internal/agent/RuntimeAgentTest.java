package dev.dynamobao.enhancer.internal.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.spi.RuntimeEnhancer;
import dev.dynamobao.spi.TrackedEntity;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The runtime fallback: self-attach, then entity classes loaded afterwards are enhanced. */
class RuntimeAgentTest {

    private static final String LATE_ENTITY = "dev.dynamobao.enhancer.fixtures.agent.AgentLoadedEntity";

    @Test
    void serviceLoader_findsTheSelfAttachingEnhancer() {
        List<Class<?>> found = ServiceLoader.load(RuntimeEnhancer.class).stream()
                .map(ServiceLoader.Provider::type)
                .collect(Collectors.toList());
        assertEquals(List.of(SelfAttachingRuntimeEnhancer.class), found);
    }

    @Test
    void install_enhancesEntityClassLoadedAfterwards_andIsIdempotent() throws Exception {
        RuntimeEnhancer enhancer = new SelfAttachingRuntimeEnhancer();
        assertTrue(enhancer.install());
        assertTrue(enhancer.install());

        Class<?> type = Class.forName(LATE_ENTITY);
        Object entity = type.getConstructor().newInstance();
        TrackedEntity tracked = assertInstanceOf(TrackedEntity.class, entity);
        type.getMethod("bump").invoke(entity);

        assertEquals(List.of("title", "revision"), List.of(tracked.$bao$trackedFields()));
        assertTrue(tracked.$bao$isDirty(1));
        assertEquals(1L << 1, tracked.$bao$dirtyBits()[0]);
    }
}
