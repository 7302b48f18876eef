package dev.dynamobao.enhancer.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.build.Plugin;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;

/**
 * Enhances, in place, the entity classes found in a folder of compiled classes (such as
 * {@code target/classes}) with {@link DirtyTrackingPlugin}, resolving referenced types from a
 * class path. Running it again over the same folder enhances nothing more.
 */
public final class ClassFolderEnhancer {

    private final List<Path> classPath;
    private final ClassNameFilter excludes;

    /**
     * @param classPath folders and jars used to resolve types the classes refer to (superclasses,
     *     annotations); the enhanced folder itself need not be listed
     */
    public ClassFolderEnhancer(List<Path> classPath) {
        this(classPath, ClassNameFilter.none());
    }

    /**
     * @param classPath as for {@link #ClassFolderEnhancer(List)}
     * @param excludes entity classes to leave as they are (they use snapshot comparison at run time)
     */
    public ClassFolderEnhancer(List<Path> classPath, ClassNameFilter excludes) {
        this.classPath = List.copyOf(classPath);
        this.excludes = excludes;
    }

    /**
     * Enhances the entity classes under {@code classesDirectory}; a missing folder enhances nothing.
     *
     * @throws EnhancementFailedException naming every class that could not be enhanced and why
     * @throws IOException when the folder or the class path cannot be read or written
     */
    public EnhancementReport enhance(Path classesDirectory) throws IOException {
        if (!Files.isDirectory(classesDirectory)) {
            return EnhancementReport.empty();
        }
        List<ClassFileLocator> locators = openClassPath(classesDirectory);
        try (ClassFileLocator classPathLocator = new ClassFileLocator.Compound(locators)) {
            File folder = classesDirectory.toFile();
            IgnoredCollector ignored = new IgnoredCollector(excludes);
            Plugin.Engine.Summary summary = new Plugin.Engine.Default()
                    .with(Plugin.Engine.TypeStrategy.Default.REDEFINE)
                    .with(classPathLocator)
                    .with(ignored)
                    .withoutErrorHandlers()
                    .apply(new Plugin.Engine.Source.ForFolder(folder), new Plugin.Engine.Target.ForFolder(folder),
                            List.of(new Plugin.Factory.Simple(new ExcludingPlugin(new DirtyTrackingPlugin(), excludes))));
            throwOnFailure(summary.getFailed());
            List<String> enhanced = new ArrayList<>();
            for (TypeDescription type : summary.getTransformed()) {
                enhanced.add(type.getName());
            }
            return new EnhancementReport(enhanced, ignored.alreadyEnhanced, ignored.excluded);
        }
    }

    private List<ClassFileLocator> openClassPath(Path classesDirectory) throws IOException {
        List<ClassFileLocator> locators = new ArrayList<>();
        for (Path element : classPath) {
            if (element.equals(classesDirectory)) {
                continue;
            }
            if (Files.isDirectory(element)) {
                locators.add(new ClassFileLocator.ForFolder(element.toFile()));
            } else if (Files.isRegularFile(element)) {
                locators.add(ClassFileLocator.ForJarFile.of(element.toFile()));
            }
        }
        // Last resort for the annotation types: a type pool silently drops annotations it cannot
        // resolve, which would make entities look like plain classes.
        locators.add(ClassFileLocator.ForClassLoader.of(DirtyTrackingPlugin.class.getClassLoader()));
        return locators;
    }

    /**
     * Collects the entity classes left as they were: enhanced by an earlier run, or excluded by
     * configuration.
     */
    private static final class IgnoredCollector extends Plugin.Engine.Listener.Adapter {

        private final ClassNameFilter excludes;
        private final DirtyTrackingPlugin plugin = new DirtyTrackingPlugin();
        private final List<String> alreadyEnhanced = new ArrayList<>();
        private final List<String> excluded = new ArrayList<>();

        IgnoredCollector(ClassNameFilter excludes) {
            this.excludes = excludes;
        }

        @Override
        public void onIgnored(TypeDescription type, List<Plugin> plugins) {
            if (DirtyTrackingPlugin.isAlreadyEnhanced(type)) {
                alreadyEnhanced.add(type.getName());
            } else if (excludes.matches(type.getName()) && plugin.matches(type)) {
                excluded.add(type.getName());
            }
        }
    }

    /** Applies a plugin to the types it matches, except those whose names the filter excludes. */
    private static final class ExcludingPlugin implements Plugin {

        private final Plugin delegate;
        private final ClassNameFilter excludes;

        ExcludingPlugin(Plugin delegate, ClassNameFilter excludes) {
            this.delegate = delegate;
            this.excludes = excludes;
        }

        @Override
        public boolean matches(TypeDescription type) {
            return !excludes.matches(type.getName()) && delegate.matches(type);
        }

        @Override
        public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder,
                TypeDescription type, ClassFileLocator classFileLocator) {
            return delegate.apply(builder, type, classFileLocator);
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }
    }

    private static void throwOnFailure(Map<TypeDescription, List<Throwable>> failed) {
        if (failed.isEmpty()) {
            return;
        }
        Map<String, Throwable> failures = new LinkedHashMap<>();
        failed.forEach((type, errors) -> failures.put(type.getName(), errors.get(0)));
        throw new EnhancementFailedException(failures);
    }
}
