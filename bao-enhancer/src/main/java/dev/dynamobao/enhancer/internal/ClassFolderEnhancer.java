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

/**
 * Enhances, in place, the entity classes found in a folder of compiled classes (such as
 * {@code target/classes}) with {@link DirtyTrackingPlugin}, resolving referenced types from a
 * class path. Running it again over the same folder enhances nothing more.
 */
public final class ClassFolderEnhancer {

    private final List<Path> classPath;

    /**
     * @param classPath folders and jars used to resolve types the classes refer to (superclasses,
     *     annotations); the enhanced folder itself need not be listed
     */
    public ClassFolderEnhancer(List<Path> classPath) {
        this.classPath = List.copyOf(classPath);
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
            AlreadyEnhancedCollector alreadyEnhanced = new AlreadyEnhancedCollector();
            Plugin.Engine.Summary summary = new Plugin.Engine.Default()
                    .with(Plugin.Engine.TypeStrategy.Default.REDEFINE)
                    .with(classPathLocator)
                    .with(alreadyEnhanced)
                    .withoutErrorHandlers()
                    .apply(new Plugin.Engine.Source.ForFolder(folder), new Plugin.Engine.Target.ForFolder(folder),
                            List.of(new Plugin.Factory.Simple(new DirtyTrackingPlugin())));
            throwOnFailure(summary.getFailed());
            List<String> enhanced = new ArrayList<>();
            for (TypeDescription type : summary.getTransformed()) {
                enhanced.add(type.getName());
            }
            return new EnhancementReport(enhanced, alreadyEnhanced.names);
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

    /** Collects the entity classes the plugin skipped because an earlier run enhanced them. */
    private static final class AlreadyEnhancedCollector extends Plugin.Engine.Listener.Adapter {

        private final List<String> names = new ArrayList<>();

        @Override
        public void onIgnored(TypeDescription type, List<Plugin> plugins) {
            if (DirtyTrackingPlugin.isAlreadyEnhanced(type)) {
                names.add(type.getName());
            }
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
