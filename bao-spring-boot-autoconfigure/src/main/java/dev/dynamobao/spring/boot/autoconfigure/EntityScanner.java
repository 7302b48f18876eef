package dev.dynamobao.spring.boot.autoconfigure;

import dev.dynamobao.ConfigurationException;
import dev.dynamobao.annotation.Model;
import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds the entity classes ({@code @Entity} or {@code @Model}) of the given packages and their
 * sub-packages by reading class files, so that no class is loaded before the enhancement mode is
 * applied.
 */
public final class EntityScanner {

    private final ClassLoader classLoader;

    /** Creates a scanner loading classes with {@code classLoader}. */
    public EntityScanner(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** The names of the entity classes under {@code packages}, sorted by package then name. */
    public List<String> scan(List<String> packages) {
        ClassPathScanningCandidateComponentProvider provider = new ClassPathScanningCandidateComponentProvider(false);
        provider.setResourceLoader(new org.springframework.core.io.DefaultResourceLoader(classLoader));
        provider.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        provider.addIncludeFilter(new AnnotationTypeFilter(Model.class));
        Set<String> names = new LinkedHashSet<>();
        for (String basePackage : packages) {
            List<String> found = new ArrayList<>();
            for (BeanDefinition candidate : provider.findCandidateComponents(basePackage)) {
                found.add(candidate.getBeanClassName());
            }
            found.sort(null);
            names.addAll(found);
        }
        return List.copyOf(names);
    }

    /** Loads the classes named by {@link #scan(List)}. */
    public List<Class<?>> load(List<String> classNames) {
        List<Class<?>> classes = new ArrayList<>(classNames.size());
        for (String name : classNames) {
            try {
                classes.add(ClassUtils.forName(name, classLoader));
            } catch (ClassNotFoundException | LinkageError failure) {
                throw new ConfigurationException("Entity class " + name + " was found by scanning but could not be loaded: "
                        + failure, failure);
            }
        }
        return classes;
    }
}
