package dev.dynamobao.engine.internal.model;

import dev.dynamobao.EnhancementMode;
import dev.dynamobao.annotation.Index;
import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.NumberRange;
import dev.dynamobao.annotation.SortKey;
import dev.dynamobao.annotation.Ttl;
import dev.dynamobao.annotation.Ulid;
import dev.dynamobao.annotation.Unique;
import dev.dynamobao.annotation.UniqueId;
import dev.dynamobao.engine.internal.convert.ConverterFactory;
import dev.dynamobao.engine.internal.convert.FieldType;
import dev.dynamobao.engine.internal.convert.UnsupportedFieldTypeException;
import dev.dynamobao.engine.internal.convert.ValueConverter;
import dev.dynamobao.spi.TrackedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the annotations of one entity class into an {@link EntityModel}, collecting every problem
 * instead of stopping at the first.
 */
final class ModelParser {

    private static final Logger LOG = LoggerFactory.getLogger(ModelParser.class);

    private final Class<?> type;
    private final ConverterFactory converters;
    private final EnhancementMode enhancementMode;
    private final Collection<Class<?>> registered;
    private final boolean multiTenant;
    private final List<String> problems = new ArrayList<>();

    /**
     * Creates a parser.
     *
     * @param registered every entity class of the factory (targets of {@code Ref} fields must be among them)
     * @param multiTenant whether the factory has multi-tenancy enabled
     */
    ModelParser(Class<?> type, ConverterFactory converters, EnhancementMode enhancementMode,
                Collection<Class<?>> registered, boolean multiTenant) {
        this.type = type;
        this.converters = converters;
        this.enhancementMode = enhancementMode;
        this.registered = registered;
        this.multiTenant = multiTenant;
    }

    List<String> problems() {
        return problems;
    }

    /** The model name of {@code type}: {@code @Entity(name)}, or the simple class name. */
    static String modelName(Class<?> type) {
        Entity entity = type.getAnnotation(Entity.class);
        return entity != null && !entity.name().isEmpty() ? entity.name() : type.getSimpleName();
    }

    /** The model, or {@code null} when there are problems. */
    EntityModel parse() {
        String simple = type.getSimpleName();
        if (!type.isAnnotationPresent(Entity.class)) {
            problem(simple + ": not annotated @jakarta.persistence.Entity; add @Entity to register it");
        }
        if (type.isRecord() || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            problem(simple + ": entities must be concrete classes (records are read-only projections)");
            return null;
        }
        String name = modelName(type);
        Model model = type.getAnnotation(Model.class);
        String prefix = null;
        if (model == null) {
            problem(simple + ": missing @Model(prefix = \"...\"); every model needs a short unique prefix");
        } else {
            prefix = model.prefix();
            if (prefix.isEmpty() || prefix.startsWith("_") || prefix.matches(".*[#\\[\\]:].*")) {
                problem(simple + ": model prefix '" + prefix + "' is invalid; use a short non-empty text without"
                        + " '#', '[', ']', ':' that does not start with '_'");
            }
            if (model.iterationBuckets() < 1 || model.iterationBuckets() > 1000) {
                problem(simple + ": @Model(iterationBuckets = " + model.iterationBuckets() + ") must be 1 to 1000");
            }
        }
        MethodHandles.Lookup lookup = lookup(simple);
        MethodHandle constructor = constructor(lookup, simple);

        List<FieldModel> fields = new ArrayList<>();
        FieldModel partitionKey = null;
        FieldModel sortKey = null;
        for (Field field : type.getDeclaredFields()) {
            if (!isPersistent(field)) {
                continue;
            }
            FieldModel parsed = parseField(field, fields.size(), lookup);
            if (parsed == null) {
                continue;
            }
            fields.add(parsed);
            if (field.isAnnotationPresent(Id.class)) {
                if (partitionKey != null) {
                    problem(simple + "." + field.getName() + ": a second @Id; use @Id on the partition key and @SortKey on the sort key");
                }
                partitionKey = parsed;
            }
            if (field.isAnnotationPresent(SortKey.class)) {
                if (sortKey != null) {
                    problem(simple + "." + field.getName() + ": a second @SortKey; a model has at most one sort key");
                }
                sortKey = parsed;
            }
        }
        if (partitionKey == null && sortKey == null) {
            problem(simple + ": no key; mark the partition-key field with @Id (and optionally the sort key with @SortKey)");
        }
        checkKeyField(partitionKey);
        checkKeyField(sortKey);
        KeyShape shape = partitionKey == null ? KeyShape.PREFIX_PARTITION
                : sortKey == null ? KeyShape.PARTITION_ONLY : KeyShape.COMPOSITE;
        if (multiTenant && shape == KeyShape.PREFIX_PARTITION && sortKey != null) {
            problem(simple + ": its partition key is the model prefix, which cannot be tenant-isolated (LAYOUT.md §11);"
                    + " give it an @Id partition-key field or disable multi-tenancy");
        }

        List<IndexModel> indexes = parseIndexes(fields);
        List<UniqueModel> uniques = parseUniques(fields);
        int[] tracked = trackedMapping(constructor, fields);
        if (!problems.isEmpty() || constructor == null || model == null) {
            return null;
        }
        return new EntityModel(type, name, prefix, shape, partitionKey, sortKey, fields, indexes, uniques,
                model.iterable(), model.iterationBuckets(), constructor, tracked);
    }

    private boolean isPersistent(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                && !field.isAnnotationPresent(Transient.class) && !field.getName().startsWith("$");
    }

    private FieldModel parseField(Field field, int index, MethodHandles.Lookup lookup) {
        String where = type.getSimpleName() + "." + field.getName();
        Column column = field.getAnnotation(Column.class);
        String attribute = column != null && !column.name().isEmpty() ? column.name() : field.getName();
        if (attribute.startsWith("_")) {
            problem(where + ": attribute name '" + attribute + "' starts with '_', which is reserved for DynamoBao; rename it");
        }
        if ("modelPrefix".equals(attribute)) {
            problem(where + ": 'modelPrefix' is a reserved name in key definitions; rename the field");
        }
        if (field.isAnnotationPresent(Ttl.class) && !"ttl".equals(attribute)) {
            problem(where + ": a @Ttl field must be stored as 'ttl' (name the field ttl or add @Column(name = \"ttl\"))");
        }
        ValueConverter converter;
        try {
            converter = converters.forField(field);
        } catch (UnsupportedFieldTypeException unsupported) {
            problem(where + ": " + unsupported.getMessage());
            return null;
        }
        Class<?> target = ConverterFactory.referenceTarget(converter);
        if (target != null && !registered.contains(target)) {
            problem(where + ": Ref<" + target.getSimpleName() + "> points at an unregistered entity; add "
                    + target.getSimpleName() + ".class to entities(...)");
        }
        if (lookup == null) {
            return null;
        }
        java.lang.invoke.VarHandle handle;
        try {
            handle = lookup.unreflectVarHandle(field);
        } catch (IllegalAccessException denied) {
            problem(where + ": not accessible (" + denied.getMessage() + "); open the package to dev.dynamobao.engine");
            return null;
        }
        boolean required = (column != null && !column.nullable())
                || (field.isAnnotationPresent(Basic.class) && !field.getAnnotation(Basic.class).optional())
                || field.isAnnotationPresent(Id.class) || field.isAnnotationPresent(SortKey.class);
        boolean autoAssign = (field.isAnnotationPresent(Ulid.class) && field.getAnnotation(Ulid.class).autoAssign())
                || (field.isAnnotationPresent(Id.class) && field.isAnnotationPresent(GeneratedValue.class))
                || (field.isAnnotationPresent(SortKey.class) && field.isAnnotationPresent(GeneratedValue.class));
        if (field.isAnnotationPresent(GeneratedValue.class) && converter.type() != FieldType.ULID) {
            problem(where + ": @GeneratedValue is only supported on String key fields (a ULID is generated)");
        }
        NumberRange range = field.getAnnotation(NumberRange.class);
        if (range != null && !Number.class.isAssignableFrom(box(field.getType()))) {
            problem(where + ": @NumberRange needs a numeric field");
        }
        return new FieldModel(field.getName(), attribute, index, field.getType(), converter, handle, required,
                autoAssign, range, target);
    }

    private void checkKeyField(FieldModel key) {
        if (key != null && !key.type().allowedInKeys()) {
            problem(type.getSimpleName() + "." + key.name() + ": a " + key.type() + " field cannot be part of the primary key");
        }
    }

    private List<IndexModel> parseIndexes(List<FieldModel> fields) {
        List<IndexModel> indexes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<IndexId> ids = EnumSet.noneOf(IndexId.class);
        for (Index index : type.getAnnotationsByType(Index.class)) {
            String where = type.getSimpleName() + " @Index(name = \"" + index.name() + "\")";
            if (index.name().isEmpty() || !names.add(index.name())) {
                problem(where + ": index names must be non-empty and unique within the model");
            }
            if (index.id() == IndexId.PRIMARY_KEY) {
                indexes.add(new IndexModel(index.name(), index.id(), null, null));
                continue;
            }
            if (!ids.add(index.id())) {
                problem(where + ": slot " + index.id() + " is used twice in this model; give each index its own gsi1..gsi5");
            }
            if (index.partitionKey().isEmpty()) {
                problem(where + ": partitionKey is required (a field name or Index.MODEL_PREFIX)");
                continue;
            }
            FieldModel partition = indexField(where, "partitionKey", index.partitionKey(), fields);
            FieldModel sort = indexField(where, "sortKey", index.sortKey(), fields);
            if (sort != null && sort.type() == FieldType.FLOAT) {
                LOG.warn("{}: a Float/Double sort key keeps the JavaScript exponential key form, which does not sort"
                        + " numerically; prefer a scaled Integer or a String key", where);
            }
            indexes.add(new IndexModel(index.name(), index.id(), partition, sort));
        }
        return indexes;
    }

    private FieldModel indexField(String where, String role, String fieldName, List<FieldModel> fields) {
        if (Index.MODEL_PREFIX.equals(fieldName)) {
            return null;
        }
        FieldModel field = fieldNamed(fields, fieldName);
        if (field == null) {
            problem(where + ": " + role + " '" + fieldName + "' is not a field of " + type.getSimpleName()
                    + "; use one of " + fields.stream().map(FieldModel::name).toList() + " or Index.MODEL_PREFIX");
        } else if (!field.type().allowedInKeys()) {
            problem(where + ": " + role + " '" + fieldName + "' is a " + field.type() + " field, which cannot be part of a key");
        }
        return field;
    }

    private List<UniqueModel> parseUniques(List<FieldModel> fields) {
        List<UniqueModel> uniques = new ArrayList<>();
        Set<UniqueId> ids = EnumSet.noneOf(UniqueId.class);
        Set<String> names = new HashSet<>();
        for (Unique unique : type.getAnnotationsByType(Unique.class)) {
            String where = type.getSimpleName() + " @Unique(name = \"" + unique.name() + "\")";
            if (!ids.add(unique.id())) {
                problem(where + ": constraint slot " + unique.id() + " is used twice; use UC1, UC2 and UC3 once each");
            }
            if (unique.name().isEmpty() || !names.add(unique.name())) {
                problem(where + ": constraint names must be non-empty and unique within the model");
            }
            FieldModel field = fieldNamed(fields, unique.field());
            if (field == null) {
                problem(where + ": field '" + unique.field() + "' does not exist; use one of "
                        + fields.stream().map(FieldModel::name).toList());
            } else if (!field.type().textValued()) {
                problem(where + ": field '" + unique.field() + "' is " + field.type()
                        + "; unique constraints need a text-valued field (String, @Email, ULID or Ref)");
            } else {
                uniques.add(new UniqueModel(unique.name(), unique.id(), field));
            }
        }
        return uniques;
    }

    private int[] trackedMapping(MethodHandle constructor, List<FieldModel> fields) {
        if (!TrackedEntity.class.isAssignableFrom(type)) {
            if (enhancementMode == EnhancementMode.REQUIRED) {
                problem(type.getSimpleName() + ": not enhanced, but EnhancementMode.REQUIRED is set; run the bao-enhancer"
                        + " Maven goal 'enhance' (or use EnhancementMode.AUTO)");
            }
            return null;
        }
        if (constructor == null) {
            return null;
        }
        try {
            String[] tracked = ((TrackedEntity) constructor.invoke()).$bao$trackedFields();
            int[] mapping = new int[tracked.length];
            for (int i = 0; i < tracked.length; i++) {
                FieldModel field = fieldNamed(fields, tracked[i]);
                mapping[i] = field == null ? -1 : field.index();
            }
            return mapping;
        } catch (Throwable failure) {
            problem(type.getSimpleName() + ": the no-arg constructor failed (" + failure + ")");
            return null;
        }
    }

    private MethodHandles.Lookup lookup(String simple) {
        try {
            return MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        } catch (IllegalAccessException denied) {
            problem(simple + ": its package is not open to DynamoBao (" + denied.getMessage()
                    + "); add 'opens <package> to dev.dynamobao.engine' to your module-info");
            return null;
        }
    }

    private MethodHandle constructor(MethodHandles.Lookup lookup, String simple) {
        if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
            problem(simple + ": inner classes cannot be entities; make it a static nested or top-level class");
            return null;
        }
        boolean hasNoArg = Arrays.stream(type.getDeclaredConstructors()).anyMatch(c -> c.getParameterCount() == 0);
        if (!hasNoArg) {
            problem(simple + ": no no-arg constructor; add one (it may be protected or private)");
            return null;
        }
        if (lookup == null) {
            return null;
        }
        try {
            return lookup.findConstructor(type, MethodType.methodType(void.class));
        } catch (ReflectiveOperationException denied) {
            problem(simple + ": the no-arg constructor is not accessible (" + denied.getMessage() + ")");
            return null;
        }
    }

    private static FieldModel fieldNamed(List<FieldModel> fields, String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst().orElse(null);
    }

    private static Class<?> box(Class<?> type) {
        return MethodType.methodType(type).wrap().returnType();
    }

    private void problem(String text) {
        problems.add(text);
    }
}
