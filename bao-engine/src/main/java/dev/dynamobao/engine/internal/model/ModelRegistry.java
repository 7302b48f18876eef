package dev.dynamobao.engine.internal.model;

import dev.dynamobao.BaoException;
import dev.dynamobao.EnhancementMode;
import dev.dynamobao.ModelDefinitionException;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.engine.internal.convert.ConverterFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The validated models of one factory. {@link #build} reports every problem of every model
 * together in one {@link ModelDefinitionException}.
 */
public final class ModelRegistry {

    private final Map<Class<?>, EntityModel> byType;

    private ModelRegistry(Map<Class<?>, EntityModel> byType) {
        this.byType = byType;
    }

    /**
     * Parses and validates {@code types}.
     *
     * @throws ModelDefinitionException listing every problem found
     */
    public static ModelRegistry build(Collection<Class<?>> types, ConverterFactory converters,
                                      EnhancementMode enhancementMode, boolean multiTenant) {
        List<String> problems = new ArrayList<>();
        Map<Class<?>, EntityModel> models = new LinkedHashMap<>();
        if (types.isEmpty()) {
            problems.add("no entity classes registered; call Bao.configure().entities(User.class, ...)");
        }
        for (Class<?> type : new LinkedHashSet<>(types)) {
            ModelParser parser = new ModelParser(type, converters, enhancementMode, types, multiTenant);
            EntityModel model = parser.parse();
            problems.addAll(parser.problems());
            if (model != null) {
                models.put(type, model);
            }
        }
        checkDistinctPrefixesAndNames(types, problems);
        for (EntityModel model : models.values()) {
            for (FieldModel key : new FieldModel[] {model.partitionKey(), model.sortKey()}) {
                if (key != null && key.referenceTarget() != null) {
                    EntityModel target = models.get(key.referenceTarget());
                    if (target != null && target.shape() == KeyShape.COMPOSITE) {
                        problems.add(model.type().getSimpleName() + "." + key.name() + ": a reference to the composite-key"
                                + " model " + target.name() + " cannot be part of the primary key (its id contains ##__SK__##,"
                                + " LAYOUT.md §13); key the model by another field and keep the Ref as a plain field");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ModelDefinitionException(problems);
        }
        return new ModelRegistry(Map.copyOf(models));
    }

    /**
     * Prefixes and names are read from the annotations, so that a clash is reported even when one
     * of the classes has other problems.
     */
    private static void checkDistinctPrefixesAndNames(Collection<Class<?>> types, List<String> problems) {
        Map<String, Class<?>> prefixes = new HashMap<>();
        Map<String, Class<?>> names = new HashMap<>();
        for (Class<?> type : new LinkedHashSet<>(types)) {
            Model model = type.getAnnotation(Model.class);
            if (model != null) {
                Class<?> samePrefix = prefixes.putIfAbsent(model.prefix(), type);
                if (samePrefix != null) {
                    problems.add(type.getSimpleName() + ": model prefix '" + model.prefix() + "' is already used by "
                            + samePrefix.getSimpleName() + "; prefixes must be unique per table, choose another @Model(prefix)");
                }
            }
            String name = ModelParser.modelName(type);
            Class<?> sameName = names.putIfAbsent(name, type);
            if (sameName != null) {
                problems.add(type.getSimpleName() + ": model name '" + name + "' is already used by "
                        + sameName.getName() + "; set @Entity(name = \"...\") to tell them apart");
            }
        }
    }

    /**
     * The model of {@code type}.
     *
     * @throws BaoException naming the class when it is not registered
     */
    public EntityModel model(Class<?> type) {
        EntityModel model = byType.get(type);
        if (model == null) {
            for (Class<?> superType = type.getSuperclass(); superType != null && model == null; superType = superType.getSuperclass()) {
                model = byType.get(superType);
            }
            if (model == null) {
                throw new BaoException(type.getName() + " is not a registered entity; add it to Bao.configure().entities(...)");
            }
        }
        return model;
    }

    /** Whether {@code type} is registered. */
    public boolean contains(Class<?> type) {
        return byType.containsKey(type);
    }

    /** Every model. */
    public Collection<EntityModel> models() {
        return byType.values();
    }
}
