package dev.dynamobao.codegen.internal.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;

/**
 * Starts a project, like dynamo-bao's {@code npx bao-init}: writes {@code dynamo-bao.yaml}, the seed's
 * {@code models.yaml} (User and Post) and a sample main that runs the seed's quick start. Refuses to
 * overwrite anything: when one of the files exists, nothing is written.
 */
public final class ProjectInitializer {

    /** A file {@code init} would overwrite. */
    public static final class ExistingFilesException extends dev.dynamobao.BaoException {
        private static final long serialVersionUID = 1L;

        ExistingFilesException(List<Path> existing) {
            super("bao init writes nothing because these files exist already: " + existing
                    + ". Run it in an empty folder, or move the files away first.");
        }
    }

    private ProjectInitializer() {
    }

    /**
     * Writes the starter files into {@code folder} with generated sources in {@code packageName}.
     *
     * @return the files written, relative to {@code folder}
     * @throws ExistingFilesException when any of them exists; nothing is written then
     * @throws IllegalArgumentException when {@code packageName} is not a Java package name
     */
    public static List<Path> init(Path folder, String packageName) {
        if (!SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException("\"" + packageName + "\" is not a Java package name; use one like com.example.model");
        }
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(Path.of("dynamo-bao.yaml"), template("dynamo-bao.yaml", packageName));
        files.put(Path.of("models.yaml"), template("models.yaml", packageName));
        files.put(Path.of("src", "main", "java").resolve(packageName.replace('.', '/')).resolve("App.java"),
                template("App.java.txt", packageName));
        List<Path> existing = new ArrayList<>();
        files.keySet().stream().map(folder::resolve).filter(Files::exists).forEach(existing::add);
        if (!existing.isEmpty()) {
            throw new ExistingFilesException(existing);
        }
        try {
            for (Map.Entry<Path, String> file : files.entrySet()) {
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the starter files into " + folder + ": " + e.getMessage(), e);
        }
        return List.copyOf(files.keySet());
    }

    private static String template(String name, String packageName) {
        try (InputStream in = ProjectInitializer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${package}", packageName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
