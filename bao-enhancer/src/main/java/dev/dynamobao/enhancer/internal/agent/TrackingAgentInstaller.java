package dev.dynamobao.enhancer.internal.agent;

import dev.dynamobao.enhancer.internal.DirtyTrackingPlugin;
import java.lang.instrument.Instrumentation;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.utility.JavaModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers, once per JVM, a class-file transformer that enhances {@code @Entity} classes loaded
 * from then on. Classes loaded before cannot gain fields or methods and stay as they are (the
 * engine compares snapshots for them); classes enhanced at build time are recognised and skipped.
 */
public final class TrackingAgentInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(TrackingAgentInstaller.class);
    private static final Object LOCK = new Object();
    private static boolean installed;

    private TrackingAgentInstaller() {
    }

    /** Installs the transformer on {@code instrumentation} unless one is installed already. */
    public static void install(Instrumentation instrumentation) {
        synchronized (LOCK) {
            if (installed) {
                return;
            }
            DirtyTrackingPlugin plugin = new DirtyTrackingPlugin();
            new AgentBuilder.Default()
                    .with(AgentBuilder.TypeStrategy.Default.REDEFINE)
                    // The enhancement needs no live initializers, hence no class injection.
                    .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                    .with(new FailureLogger())
                    .type(plugin)
                    .transform((DynamicType.Builder<?> builder, TypeDescription type, ClassLoader loader,
                            JavaModule module, java.security.ProtectionDomain domain) ->
                            plugin.apply(builder, type, ClassFileLocator.ForClassLoader.of(loader)))
                    .installOn(instrumentation);
            installed = true;
            LOG.debug("DynamoBao dirty-tracking agent installed");
        }
    }

    /** Whether the transformer is installed in this JVM. */
    public static boolean isInstalled() {
        synchronized (LOCK) {
            return installed;
        }
    }

    /** Logs classes the agent matched but could not enhance; they keep working untracked. */
    private static final class FailureLogger extends AgentBuilder.Listener.Adapter {

        @Override
        public void onError(String typeName, ClassLoader classLoader, JavaModule module, boolean loaded,
                Throwable throwable) {
            LOG.warn("Could not enhance {} for dirty tracking ({}); its changes are found by snapshot "
                    + "comparison instead. Enhance it at build time with the bao-enhancer goal 'enhance'.",
                    typeName, throwable.toString(), throwable);
        }
    }
}
