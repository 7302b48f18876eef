package dev.dynamobao.spi;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * Config-file SPI, found with {@link java.util.ServiceLoader} when the builder is asked to read
 * {@code dynamo-bao.yaml} ({@link dev.dynamobao.BaoConfiguration.Builder#fromConfig()}). {@code bao-codegen}
 * provides the implementation, so that no YAML library reaches {@code bao-api} or {@code bao-engine}.
 *
 * <p>Both methods return the file's settings with the environment already applied on top (the same
 * precedence as the {@code bao} command: defaults, then the file, then the environment); the builder then
 * applies its explicit calls on top of that.
 */
public interface ConfigFileProvider {

    /**
     * Reads {@code file}, which must exist.
     *
     * @param file the config file
     * @param environment where environment variables are read from
     * @return the settings of the file and the environment
     * @throws dev.dynamobao.ConfigurationException when the file is missing or has problems (each with
     *     {@code file:line:column})
     */
    ConfigFileSettings read(Path file, Function<String, String> environment);

    /**
     * Finds the config file: the file {@code DYNAMO_BAO_CONFIG} names (relative to
     * {@code workingDirectory}), else {@code workingDirectory/dynamo-bao.yaml}, else the class path
     * resource {@code dynamo-bao.yaml}; with none of them, dynamo-bao's defaults.
     *
     * @param workingDirectory the folder relative names are resolved against
     * @param classLoader the loader searched for the class path resource
     * @param environment where environment variables are read from
     * @return the settings of the file found (or the defaults) and the environment
     * @throws dev.dynamobao.ConfigurationException when the file found has problems, or
     *     {@code DYNAMO_BAO_CONFIG} names a missing file
     */
    ConfigFileSettings find(Path workingDirectory, ClassLoader classLoader, Function<String, String> environment);
}
