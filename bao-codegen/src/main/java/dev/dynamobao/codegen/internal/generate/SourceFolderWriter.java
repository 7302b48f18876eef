package dev.dynamobao.codegen.internal.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Puts generated sources into an output folder: writes a file only when its text changed (so builds
 * stay incremental), and deletes generated files of models that no longer exist. Files not written by
 * the generator are never touched.
 */
public final class SourceFolderWriter {

    /** What a write changed: relative paths written, left as they were, and deleted. */
    public record Report(List<String> written, List<String> unchanged, List<String> deleted) {

        /** Whether any file changed. */
        public boolean changed() {
            return !written.isEmpty() || !deleted.isEmpty();
        }
    }

    private final Path root;

    /** A writer into {@code root} (e.g. {@code target/generated-sources/bao}). */
    public SourceFolderWriter(Path root) {
        this.root = root;
    }

    /** Writes {@code sources}, and removes stale generated files of the same package. */
    public Report write(GeneratedSources sources) {
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        try {
            for (Map.Entry<String, String> file : sources.files().entrySet()) {
                Path target = root.resolve(file.getKey());
                byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
                if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
                    unchanged.add(file.getKey());
                    continue;
                }
                Files.createDirectories(target.getParent());
                Path temporary = Files.createTempFile(target.getParent(), ".bao-", ".tmp");
                Files.write(temporary, bytes);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(file.getKey());
            }
            Path folder = root.resolve(sources.packageName().replace('.', '/'));
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.sorted().toList()) {
                        String relative = root.relativize(file).toString().replace('\\', '/');
                        if (file.toString().endsWith(".java") && !sources.files().containsKey(relative) && generated(file)) {
                            Files.delete(file);
                            deleted.add(relative);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the generated sources to " + root + ": " + e.getMessage(), e);
        }
        return new Report(List.copyOf(written), List.copyOf(unchanged), List.copyOf(deleted));
    }

    private static boolean generated(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().map(l -> l.startsWith(EntitySourceGenerator.MARKER)).orElse(false);
        }
    }
}
