package dev.dynamobao.enhancer.internal;

import dev.dynamobao.spi.TrackedEntity;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test support: copies one fixture package of compiled test classes into a temporary folder,
 * enhances it with {@link ClassFolderEnhancer}, and loads the result in a class loader that prefers
 * the folder over the test class path.
 */
final class EnhancedFolder {

    private final Path root;
    private ClassLoader loader;

    private EnhancedFolder(Path root) {
        this.root = root;
    }

    /** Copies the compiled classes of {@code packageName} into {@code tempDir}. */
    static EnhancedFolder copyOf(String packageName, Path tempDir) throws IOException {
        Path testClasses = locationOf(EnhancedFolder.class);
        String relative = packageName.replace('.', '/');
        Path source = testClasses.resolve(relative);
        Path target = tempDir.resolve(relative);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return new EnhancedFolder(tempDir);
    }

    /** Enhances the folder in place, resolving annotations from the jars of the test class path. */
    EnhancementReport enhance() throws IOException {
        return enhance(ClassNameFilter.none());
    }

    /** Enhances the folder in place, leaving the classes {@code excludes} matches as they are. */
    EnhancementReport enhance(ClassNameFilter excludes) throws IOException {
        return new ClassFolderEnhancer(List.of(locationOf(Entity.class), locationOf(TrackedEntity.class)), excludes)
                .enhance(root);
    }

    /** The jar or folder a class was loaded from. */
    static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of a class file in the folder. */
    byte[] bytesOf(String className) throws IOException {
        return Files.readAllBytes(root.resolve(className.replace('.', '/') + ".class"));
    }

    /** Loads {@code className} from the folder; one class loader per folder, created on first use. */
    Class<?> load(String className) {
        if (loader == null) {
            loader = new FolderFirstClassLoader(root, EnhancedFolder.class.getClassLoader());
        }
        try {
            return loader.loadClass(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates an instance with the constructor taking {@code args}. */
    static Object create(Class<?> type, Object... args) {
        try {
            Class<?>[] types = Arrays.stream(args).map(Object::getClass).toArray(Class<?>[]::new);
            return type.getConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls the public method {@code name} that takes {@code args.length} parameters. */
    static Object call(Object target, String name, Object... args) {
        Method method = Arrays.stream(target.getClass().getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.length)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no method " + name));
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a declared field. */
    static Object read(Object target, String fieldName) {
        try {
            Field field = target.getClass().getDeclaredField(fieldName);
            field.setAccessible(true);
            return field.get(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads classes found in one folder itself; everything else from the parent. */
    private static final class FolderFirstClassLoader extends URLClassLoader {

        static {
            registerAsParallelCapable();
        }

        FolderFirstClassLoader(Path folder, ClassLoader parent) {
            super(new URL[] {toUrl(folder)}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException notInFolder) {
                        return super.loadClass(name, resolve);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        private static URL toUrl(Path folder) {
            try {
                return folder.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
