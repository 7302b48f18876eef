package dev.dynamobao.enhancer.internal.agent;

import dev.dynamobao.spi.RuntimeEnhancer;
import java.lang.instrument.Instrumentation;
import net.bytebuddy.agent.ByteBuddyAgent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RuntimeEnhancer} for {@link dev.dynamobao.EnhancementMode#SELF_ATTACH}: attaches Byte
 * Buddy's agent to the running JVM and installs the dirty-tracking transformer (both once). On
 * JDK 21+ the JVM prints a dynamic-agent warning unless it runs with
 * {@code -XX:+EnableDynamicAgentLoading} or {@code -javaagent:}.
 */
public final class SelfAttachingRuntimeEnhancer implements RuntimeEnhancer {

    private static final Logger LOG = LoggerFactory.getLogger(SelfAttachingRuntimeEnhancer.class);

    /** Creates the enhancer; {@link java.util.ServiceLoader} calls this. */
    public SelfAttachingRuntimeEnhancer() {
        // Stateless: the installed transformer is held by TrackingAgentInstaller.
    }

    @Override
    public boolean install() {
        if (TrackingAgentInstaller.isInstalled()) {
            return true;
        }
        Instrumentation instrumentation;
        try {
            instrumentation = ByteBuddyAgent.install();
        } catch (IllegalStateException e) {
            LOG.warn("Cannot attach the DynamoBao enhancement agent to this JVM ({}). Entities fall back to "
                    + "snapshot comparison. Enhance at build time (bao-enhancer goal 'enhance') or start the "
                    + "JVM with -javaagent:bao-enhancer.jar.", e.getMessage());
            return false;
        }
        TrackingAgentInstaller.install(instrumentation);
        return true;
    }
}
