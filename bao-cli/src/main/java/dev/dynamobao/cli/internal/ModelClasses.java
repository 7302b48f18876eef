package dev.dynamobao.cli.internal;

import dev.dynamobao.BaoException;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.codegen.internal.CodeGenerator;
import dev.dynamobao.codegen.internal.config.ProjectConfig;
import dev.dynamobao.codegen.internal.generate.GeneratedSources;
import jakarta.persistence.Entity;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The entity classes of the project's models, for the table commands: the sources {@code bao generate}
 * would write, compiled into a temporary folder with the JDK's compiler and loaded. Nothing in the
 * project changes.
 */
final class ModelClasses implements AutoCloseable {

    private final Path folder;
    private final URLClassLoader loader;
    private final List<Class<?>> classes;

    private ModelClasses(Path folder, URLClassLoader loader, List<Class<?>> classes) {
        this.folder = folder;
        this.loader = loader;
        this.classes = classes;
    }

    /** Compiles and loads the models of {@code config}. */
    static ModelClasses of(ProjectConfig config) {
        GeneratedSources sources = CodeGenerator.sources(config);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new BaoException("The table commands compile the models with the JDK's compiler, and this Java ("
                    + System.getProperty("java.home") + ") has none: run bao with a JDK");
        }
        Path folder;
        try {
            folder = Files.createTempDirectory("bao-models-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for the models: " + e.getMessage(), e);
        }
        try {
            List<String> arguments = new ArrayList<>(List.of("-proc:none", "-nowarn", "-d", folder.resolve("classes").toString(),
                    "-classpath", location(Model.class) + File.pathSeparator + location(Entity.class)));
            for (Map.Entry<String, String> source : sources.files().entrySet()) {
                Path file = folder.resolve("src").resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
                arguments.add(file.toString());
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            if (javac.run(null, output, output, arguments.toArray(String[]::new)) != 0) {
                throw new BaoException("The generated models do not compile (a java.fields type missing?):\n"
                        + output.toString(StandardCharsets.UTF_8));
            }
            URLClassLoader loader = new URLClassLoader(new URL[] {folder.resolve("classes").toUri().toURL()},
                    ModelClasses.class.getClassLoader());
            List<Class<?>> classes = new ArrayList<>();
            for (String file : sources.files().keySet()) {
                String name = file.substring(0, file.length() - ".java".length()).replace('/', '.');
                classes.add(Class.forName(name, true, loader));
            }
            return new ModelClasses(folder, loader, List.copyOf(classes));
        } catch (IOException e) {
            delete(folder);
            throw new UncheckedIOException("Cannot compile the models: " + e.getMessage(), e);
        } catch (ClassNotFoundException | RuntimeException e) {
            delete(folder);
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    /** The entity classes, in model order. */
    List<Class<?>> classes() {
        return classes;
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        delete(folder);
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the temporary folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
