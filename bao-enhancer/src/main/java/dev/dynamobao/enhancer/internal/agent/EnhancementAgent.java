package dev.dynamobao.enhancer.internal.agent;

import java.lang.instrument.Instrumentation;

/**
 * Java agent entry points of the {@code bao-enhancer} jar ({@code Premain-Class} and
 * {@code Agent-Class}): {@code java -javaagent:bao-enhancer.jar ...} enhances every
 * {@code @Entity} class loaded afterwards. Byte Buddy must be on the application class path
 * (it is when {@code bao-enhancer} is a dependency).
 */
public final class EnhancementAgent {

    private EnhancementAgent() {
    }

    /** Called by the JVM for {@code -javaagent:}. */
    public static void premain(String arguments, Instrumentation instrumentation) {
        TrackingAgentInstaller.install(instrumentation);
    }

    /** Called by the JVM when the agent is attached to a running VM. */
    public static void agentmain(String arguments, Instrumentation instrumentation) {
        TrackingAgentInstaller.install(instrumentation);
    }
}
