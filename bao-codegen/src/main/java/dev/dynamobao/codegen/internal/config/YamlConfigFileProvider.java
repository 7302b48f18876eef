package dev.dynamobao.codegen.internal.config;

import dev.dynamobao.ConfigurationException;
import dev.dynamobao.codegen.internal.problem.ModelFileException;
import dev.dynamobao.spi.ConfigFileProvider;
import dev.dynamobao.spi.ConfigFileSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The runtime builder's reader of {@code dynamo-bao.yaml} ({@code Bao.configure().fromConfig()}): the
 * {@link ConfigFileReader} of the {@code bao} command, found through {@link ConfigFileProvider}.
 */
public final class YamlConfigFileProvider implements ConfigFileProvider {

    /** The class path resource looked for when the working directory has no config file. */
    public static final String RESOURCE = ProjectConfig.FILE_NAME;

    /** Created by {@link java.util.ServiceLoader}. */
    public YamlConfigFileProvider() {
    }

    @Override
    public ConfigFileSettings read(Path file, Function<String, String> environment) {
        Path absolute = file.toAbsolutePath();
        return settings(() -> ConfigFileReader.read(absolute.getParent(), absolute, environment), null);
    }

    @Override
    public ConfigFileSettings find(Path workingDirectory, ClassLoader classLoader, Function<String, String> environment) {
        String named = environment.apply(ConfigFileReader.CONFIG_VARIABLE);
        boolean inWorkingDirectory = (named != null && !named.isBlank())
                || Files.isRegularFile(workingDirectory.resolve(ProjectConfig.FILE_NAME));
        URL resource = inWorkingDirectory ? null : classLoader.getResource(RESOURCE);
        if (resource == null) {
            return settings(() -> ConfigFileReader.read(workingDirectory, null, environment), null);
        }
        return settings(() -> ConfigFileReader.applyEnvironment(
                ConfigFileReader.readText("classpath:" + RESOURCE, text(resource), workingDirectory, null), environment),
                "classpath:" + RESOURCE);
    }

    private static String text(URL resource) {
        try (InputStream in = resource.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ConfigFileSettings settings(Supplier<ProjectConfig> reading, String resourceName) {
        ProjectConfig config;
        try {
            config = reading.get();
        } catch (ModelFileException e) {
            throw new ConfigurationException("The DynamoBao config file has " + e.problems().size()
                    + (e.problems().size() == 1 ? " problem" : " problems") + ":\n"
                    + e.problems().stream().map(p -> "  " + p).collect(Collectors.joining("\n")), e);
        } catch (UncheckedIOException e) {
            throw new ConfigurationException("Cannot read the DynamoBao config file: " + e.getCause().getMessage(), e);
        }
        String source = config.file().map(Path::toString).orElse(resourceName);
        return new ConfigFileSettings(source, config.region(), config.endpoint(), config.tableName(),
                config.requireBatchContext(), config.tenancyEnabled());
    }
}
