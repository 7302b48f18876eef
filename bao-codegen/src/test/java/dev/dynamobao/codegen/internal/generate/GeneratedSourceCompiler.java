package dev.dynamobao.codegen.internal.generate;

import dev.dynamobao.annotation.Model;
import jakarta.persistence.Entity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles generated sources with javac ({@code -Xlint:all -Werror}) against bao-api, and returns the diagnostics. */
final class GeneratedSourceCompiler {

    private GeneratedSourceCompiler() {
    }

    /** Compiles {@code sources} (relative path to text) into {@code folder}; the javac output, empty when clean. */
    static String compile(Path folder, Map<String, String> sources) {
        try {
            List<String> arguments = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-proc:none", "-d",
                    folder.resolve("classes").toString(), "-classpath", location(Model.class) + java.io.File.pathSeparator
                            + location(Entity.class)));
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = folder.resolve("src").resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
                arguments.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int status = javac.run(null, output, output, arguments.toArray(String[]::new));
            String diagnostics = output.toString(StandardCharsets.UTF_8);
            return status == 0 && diagnostics.isBlank() ? "" : "javac exit " + status + ":\n" + diagnostics;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
