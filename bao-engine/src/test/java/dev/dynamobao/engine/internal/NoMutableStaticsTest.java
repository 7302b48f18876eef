package dev.dynamobao.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Ref;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every factory keeps its own state: no class of the API or the engine has a static field that
 * is not final (a JVM-wide mutable static would let one factory disturb another).
 */
class NoMutableStaticsTest {

    @Test
    void apiAndEngineClasses_haveNoNonFinalStaticFields() throws Exception {
        List<String> offenders = new ArrayList<>();
        for (Class<?> anchor : List.of(Ref.class, BaoFactory.class)) {
            List<Class<?>> classes = classesBeside(anchor);
            assertTrue(classes.size() > 40, "found only " + classes.size() + " classes beside " + anchor.getName());
            for (Class<?> type : classes) {
                for (Field field : type.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers) && !field.isSynthetic()) {
                        offenders.add(type.getName() + "." + field.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), offenders, "non-final static fields (JVM-wide mutable state)");
    }

    private static List<Class<?>> classesBeside(Class<?> anchor) throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location);
                Stream<Path> files = Files.walk(jar == null ? location : jar.getPath("/"))) {
            Path root = jar == null ? location : jar.getPath("/");
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                if (name.startsWith("META-INF")) {
                    continue;
                }
                name = name.substring(0, name.length() - ".class".length());
                if (!name.endsWith("package-info") && !name.equals("module-info")) {
                    classes.add(Class.forName(name, false, anchor.getClassLoader()));
                }
            }
        }
        return classes;
    }
}
