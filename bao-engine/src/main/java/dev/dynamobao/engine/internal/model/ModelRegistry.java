package dev.dynamobao.engine.internal.model;

import dev.dynamobao.BaoException;
import dev.dynamobao.EnhancementMode;
import dev.dynamobao.ModelDefinitionException;
import dev.dynamobao.engine.internal.convert.ConverterFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
        for (Class<?> type : types) {
            if (models.containsKey(type)) {
                continue;
            }
            ModelParser parser = new ModelParser(type, converters, enhancementMode);
            EntityModel model = parser.parse();
            problems.addAll(parser.problems());
            if (model != null) {
                models.put(type, model);
            }
        }
        Map<String, EntityModel> prefixes = new HashMap<>();
        Map<String, EntityModel> names = new HashMap<>();
        for (EntityModel model : models.values()) {
            EntityModel samePrefix = prefixes.putIfAbsent(model.prefix(), model);
            if (samePrefix != null) {
                problems.add(model.type().getSimpleName() + ": model prefix '" + model.prefix() + "' is already used by "
                        + samePrefix.type().getSimpleName() + "; prefixes must be unique per table");
            }
            EntityModel sameName = names.putIfAbsent(model.name(), model);
            if (sameName != null) {
                problems.add(model.type().getSimpleName() + ": model name '" + model.name() + "' is already used by "
                        + sameName.type().getName() + "; set @Entity(name = \"...\") to tell them apart");
            }
            for (FieldModel field : model.fields()) {
                Class<?> target = field.referenceTarget();
                if (target != null && !types.contains(target)) {
                    problems.add(model.type().getSimpleName() + "." + field.name() + ": Ref<" + target.getSimpleName()
                            + "> points at an unregistered entity; add " + target.getSimpleName() + ".class to entities(...)");
                }
            }
            if (multiTenant && model.shape() == KeyShape.PREFIX_PARTITION) {
                problems.add(model.type().getSimpleName() + ": its partition key is the model prefix, which cannot be"
                        + " tenant-isolated (LAYOUT.md §11); give it an @Id partition-key field or disable multi-tenancy");
            }
        }
        for (EntityModel model : models.values()) {
            for (FieldModel key : new FieldModel[] {model.partitionKey(), model.sortKey()}) {
                if (key != null && key.referenceTarget() != null) {
                    EntityModel target = models.get(key.referenceTarget());
                    if (target != null && target.shape() == KeyShape.COMPOSITE && model.sortKey() == key) {
                        problems.add(model.type().getSimpleName() + "." + key.name() + ": a reference to the composite-key"
                                + " model " + target.name() + " cannot be a sort key (its id contains ##__SK__##, LAYOUT.md §13)");
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
