package dev.dynamobao.enhancer.internal.agent;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.EnhancementMode;
import dev.dynamobao.spi.TrackedEntity;
import org.junit.jupiter.api.Test;

/**
 * {@code enhancement(SELF_ATTACH)} attaches the agent at once, so the entity classes named in the
 * {@code entities(...)} call that follows are loaded — and enhanced — after it.
 */
class SelfAttachFromBuilderTest {

    @Test
    void enhancementSelfAttach_enhancesEntityClassesRegisteredAfterIt() throws Exception {
        Bao.configure().enhancement(EnhancementMode.SELF_ATTACH)
                .entities(Class.forName("dev.dynamobao.enhancer.fixtures.agent.BuilderLoadedEntity"));

        Class<?> type = Class.forName("dev.dynamobao.enhancer.fixtures.agent.BuilderLoadedEntity");
        TrackedEntity entity = assertInstanceOf(TrackedEntity.class, type.getConstructor().newInstance());
        type.getMethod("rename", String.class).invoke(entity, "x");
        assertTrue(entity.$bao$isDirty(1));
    }

    @Test
    void installEnhancementAgent_isIdempotent() {
        assertTrue(Bao.installEnhancementAgent());
        assertTrue(Bao.installEnhancementAgent());
    }
}
