package dev.dynamobao.spi;

/**
 * Enhancer SPI, found with {@link java.util.ServiceLoader} when the configuration asks for
 * {@link dev.dynamobao.EnhancementMode#SELF_ATTACH}: installs the enhancement agent in the running
 * JVM so that entity classes loaded afterwards are tracked.
 */
public interface RuntimeEnhancer {

    /**
     * Installs the agent (idempotent).
     *
     * @return {@code true} when the agent is active
     */
    boolean install();
}
