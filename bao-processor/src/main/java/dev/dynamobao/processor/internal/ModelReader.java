package dev.dynamobao.processor.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Reads one {@code @Entity} class into a {@link ModelInfo}, reporting every model problem the
 * engine's factory-time parser ({@code ModelParser}) would report and that is visible at compile
 * time, with the same wording and fix. Problems that depend on the factory's configuration
 * (registered converters, multi-tenancy, enhancement mode, module access) stay run-time checks.
 */
public final class ModelReader {

    static final String ENTITY = "jakarta.persistence.Entity";
    private static final String ID = "jakarta.persistence.Id";
    private static final String GENERATED = "jakarta.persistence.GeneratedValue";
    private static final String TRANSIENT = "jakarta.persistence.Transient";
    private static final String COLUMN = "jakarta.persistence.Column";
    private static final String VERSION = "jakarta.persistence.Version";
    private static final String CONVERT = "jakarta.persistence.Convert";
    private static final String API = "dev.dynamobao.annotation.";
    static final String MODEL = API + "Model";
    private static final String SORT_KEY = API + "SortKey";
    private static final String TTL = API + "Ttl";
    private static final String ULID = API + "Ulid";
    private static final String EMAIL = API + "Email";
    private static final String COUNTER = API + "Counter";
    private static final String CREATED = API + "CreatedDate";
    private static final String MODIFIED = API + "ModifiedDate";
    private static final String NUMBER_RANGE = API + "NumberRange";
    private static final String INDEX = API + "Index";
    private static final String UNIQUE = API + "Unique";
    private static final String MODEL_PREFIX = "modelPrefix";

    private final Types types;
    private final Problems problems;

    /** Creates a reader reporting into {@code problems}. */
    public ModelReader(Types types, Problems problems) {
        this.types = types;
        this.problems = problems;
    }

    /** The model name of {@code type}: {@code @Entity(name)}, or the simple class name. */
    public static String modelName(TypeElement type) {
        AnnotationMirror entity = Annotations.find(type, ENTITY);
        String name = entity == null ? "" : Annotations.string(entity, "name", "");
        return name.isEmpty() ? type.getSimpleName().toString() : name;
    }

    /** The {@code @Model(prefix)} of {@code type}, or {@code null}. */
    public static String prefixOf(TypeElement type) {
        AnnotationMirror model = Annotations.find(type, MODEL);
        return model == null ? null : Annotations.string(model, "prefix", null);
    }

    /** Whether {@code type} has both an {@code @Id} and a {@code @SortKey} field (a composite key). */
    public static boolean compositeKey(TypeElement type) {
        boolean id = false;
        boolean sort = false;
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            id |= Annotations.has(field, ID);
            sort |= Annotations.has(field, SORT_KEY);
        }
        return id && sort;
    }

    /**
     * Whether {@code type} is meant for DynamoBao: it has {@code @Model}, or any DynamoBao
     * annotation on the class or a field, or a {@code Ref} field. A plain JPA {@code @Entity} of
     * the same compilation (for a relational store) is left alone.
     */
    public static boolean isDynamoBaoModel(TypeElement type) {
        if (usesApi(type)) {
            return true;
        }
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (usesApi(field) || field.asType().toString().startsWith("dev.dynamobao.Ref")) {
                return true;
            }
        }
        return false;
    }

    private static boolean usesApi(Element element) {
        return element.getAnnotationMirrors().stream().anyMatch(mirror -> ((TypeElement) mirror.getAnnotationType().asElement())
                .getQualifiedName().toString().startsWith(API));
    }

    /** Reads {@code type}; returns {@code null} when it has problems that leave no usable model. */
    public ModelInfo read(TypeElement type) {
        int before = problems.count();
        String simple = type.getSimpleName().toString();
        if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)) {
            problems.add(type, simple + ": entities must be concrete classes (records are read-only projections)");
            return null;
        }
        AnnotationMirror model = Annotations.find(type, MODEL);
        String prefix = null;
        if (model == null) {
            problems.add(type, simple + ": missing @Model(prefix = \"...\"); every model needs a short unique prefix");
        } else {
            prefix = Annotations.string(model, "prefix", "");
            if (prefix.isEmpty() || prefix.startsWith("_") || prefix.matches(".*[#\\[\\]:].*")) {
                problems.add(type, model, simple + ": model prefix '" + prefix + "' is invalid; use a short non-empty text"
                        + " without '#', '[', ']', ':' that does not start with '_'");
            }
            int buckets = Annotations.integer(model, "iterationBuckets", 10);
            if (buckets < 1 || buckets > 1000) {
                problems.add(type, model, simple + ": @Model(iterationBuckets = " + buckets + ") must be 1 to 1000");
            }
        }
        checkConstructor(type, simple);

        List<FieldInfo> fields = new ArrayList<>();
        FieldInfo partitionKey = null;
        FieldInfo sortKey = null;
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (!persistent(field)) {
                continue;
            }
            FieldInfo parsed = readField(type, field);
            if (parsed == null) {
                continue;
            }
            fields.add(parsed);
            if (Annotations.has(field, ID)) {
                if (partitionKey != null) {
                    problems.add(field, simple + "." + field.getSimpleName()
                            + ": a second @Id; use @Id on the partition key and @SortKey on the sort key");
                }
                partitionKey = parsed;
            }
            if (Annotations.has(field, SORT_KEY)) {
                if (sortKey != null) {
                    problems.add(field, simple + "." + field.getSimpleName()
                            + ": a second @SortKey; a model has at most one sort key");
                }
                sortKey = parsed;
            }
        }
        if (partitionKey == null && sortKey == null) {
            problems.add(type, simple + ": no key; mark the partition-key field with @Id (and optionally the sort key with @SortKey)");
        }
        checkKeyField(simple, partitionKey);
        checkKeyField(simple, sortKey);

        List<IndexInfo> indexes = new ArrayList<>();
        indexes.add(new IndexInfo(null, partitionKey, partitionKey == null ? null : sortKey, false));
        if (partitionKey == null && sortKey != null) {
            indexes.set(0, new IndexInfo(null, null, sortKey, false));
        }
        readIndexes(type, fields, indexes.get(0), indexes);
        List<UniqueInfo> uniques = readUniques(type, fields);
        if (problems.count() > before) {
            return null;
        }
        return new ModelInfo(type, modelName(type), prefix, fields, indexes, uniques);
    }

    private void checkConstructor(TypeElement type, String simple) {
        if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
            problems.add(type, simple + ": inner classes cannot be entities; make it a static nested or top-level class");
            return;
        }
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
        if (constructors.stream().noneMatch(constructor -> constructor.getParameters().isEmpty())) {
            problems.add(type, simple + ": no no-arg constructor; add one (it may be protected or private)");
        }
    }

    private static boolean persistent(VariableElement field) {
        Set<Modifier> modifiers = field.getModifiers();
        return !modifiers.contains(Modifier.STATIC) && !modifiers.contains(Modifier.TRANSIENT)
                && !Annotations.has(field, TRANSIENT) && !field.getSimpleName().toString().startsWith("$");
    }

    private FieldInfo readField(TypeElement type, VariableElement field) {
        String where = type.getSimpleName() + "." + field.getSimpleName();
        AnnotationMirror column = Annotations.find(field, COLUMN);
        String columnName = column == null ? "" : Annotations.string(column, "name", "");
        String attribute = columnName.isEmpty() ? field.getSimpleName().toString() : columnName;
        if (attribute.startsWith("_")) {
            problems.add(field, where + ": attribute name '" + attribute
                    + "' starts with '_', which is reserved for DynamoBao; rename it");
        }
        if (MODEL_PREFIX.equals(attribute)) {
            problems.add(field, where + ": 'modelPrefix' is a reserved name in key definitions; rename the field");
        }
        if (Annotations.has(field, TTL) && !"ttl".equals(attribute)) {
            problems.add(field, where + ": a @Ttl field must be stored as 'ttl' (name the field ttl or add @Column(name = \"ttl\"))");
        }
        TypeMirror declared = field.asType();
        FieldKind kind = kindOf(field, declared, where);
        if (kind == null) {
            return null;
        }
        TypeElement refTarget = null;
        if (kind == FieldKind.RELATED) {
            refTarget = refTarget(declared);
            if (refTarget == null) {
                problems.add(field, where + ": a Ref field needs a concrete type argument, e.g. Ref<User>");
                return null;
            }
            if (!Annotations.has(refTarget, ENTITY)) {
                String target = refTarget.getSimpleName().toString();
                problems.add(field, where + ": Ref<" + target + "> points at " + target + ", which is not an @Entity;"
                        + " annotate " + target + " with @Entity and @Model (and add " + target
                        + ".class to entities(...)), or store its id as a String");
            }
        }
        if (Annotations.has(field, GENERATED) && kind != FieldKind.ULID) {
            problems.add(field, where + ": @GeneratedValue is only supported on String key fields (a ULID is generated)");
        }
        if (Annotations.has(field, NUMBER_RANGE) && !numeric(declared)) {
            problems.add(field, where + ": @NumberRange needs a numeric field");
        }
        return new FieldInfo(field, field.getSimpleName().toString(), kind, source(declared),
                classLiteral(declared), refTarget);
    }

    /** The storage kind, or {@code null} after reporting a type the annotation does not allow. */
    private FieldKind kindOf(VariableElement field, TypeMirror type, String where) {
        String name = erasedName(type);
        if (Annotations.has(field, CONVERT)) {
            return FieldKind.CUSTOM;
        }
        if (Annotations.has(field, VERSION)) {
            return require(field, where, name.equals("java.lang.String"),
                    "@Version fields must be String: DynamoBao stores a fresh ULID on every write", FieldKind.VERSION);
        }
        if (Annotations.has(field, COUNTER)) {
            return require(field, where, Set.of("int", "long", "java.lang.Integer", "java.lang.Long").contains(name),
                    "@Counter fields must be int, long, Integer or Long", FieldKind.COUNTER);
        }
        if (Annotations.has(field, TTL)) {
            return require(field, where, Set.of("java.time.Instant", "long", "java.lang.Long").contains(name),
                    "@Ttl fields must be Instant or Long (epoch seconds)", FieldKind.TTL);
        }
        if (Annotations.has(field, CREATED) || Annotations.has(field, MODIFIED)) {
            return require(field, where, name.equals("java.time.Instant"),
                    "@CreatedDate/@ModifiedDate fields must be java.time.Instant",
                    Annotations.has(field, CREATED) ? FieldKind.CREATE_DATE : FieldKind.MODIFIED_DATE);
        }
        if (Annotations.has(field, EMAIL)) {
            return require(field, where, name.equals("java.lang.String"), "@Email fields must be String", FieldKind.EMAIL);
        }
        if (Annotations.has(field, ULID) || (Annotations.has(field, ID) && Annotations.has(field, GENERATED))) {
            return require(field, where, name.equals("java.lang.String"),
                    "ULID fields (@Ulid, or @Id @GeneratedValue) must be String", FieldKind.ULID);
        }
        switch (name) {
            case "java.lang.String":
                return FieldKind.STRING;
            case "int", "long", "short", "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.math.BigInteger":
                return FieldKind.INTEGER;
            case "double", "float", "java.lang.Double", "java.lang.Float", "java.math.BigDecimal":
                return FieldKind.FLOAT;
            case "boolean", "java.lang.Boolean":
                return FieldKind.BOOLEAN;
            case "java.time.Instant":
                return FieldKind.DATETIME;
            case "byte[]":
                return FieldKind.BINARY;
            case "java.util.Set":
                List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
                return require(field, where, arguments.size() == 1 && erasedName(arguments.get(0)).equals("java.lang.String"),
                        "only Set<String> is supported (stored as a string set)", FieldKind.STRING_SET);
            case "dev.dynamobao.Ref":
                return FieldKind.RELATED;
            default:
                boolean isEnum = type.getKind() == TypeKind.DECLARED
                        && ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM;
                // Any other type may get an AttributeConverter when the factory is built: a run-time check.
                return isEnum ? FieldKind.ENUM : FieldKind.CUSTOM;
        }
    }

    private FieldKind require(VariableElement field, String where, boolean ok, String message, FieldKind kind) {
        if (!ok) {
            problems.add(field, where + ": " + message);
            return null;
        }
        return kind;
    }

    private void checkKeyField(String simple, FieldInfo key) {
        if (key != null && !key.kind().allowedInKeys()) {
            problems.add(key.element(), simple + "." + key.name() + ": a " + key.kind() + " field cannot be part of the primary key");
        }
    }

    private void readIndexes(TypeElement type, List<FieldInfo> fields, IndexInfo primary, List<IndexInfo> indexes) {
        Set<String> names = new HashSet<>();
        Set<String> slots = new HashSet<>();
        for (AnnotationMirror index : Annotations.repeated(type, INDEX, API + "Indexes")) {
            String name = Annotations.string(index, "name", "");
            String slot = Annotations.enumName(index, "id");
            String where = type.getSimpleName() + " @Index(name = \"" + name + "\")";
            if (name.isEmpty() || !names.add(name)) {
                problems.add(type, index, where + ": index names must be non-empty and unique within the model");
            }
            if ("PRIMARY_KEY".equals(slot)) {
                indexes.add(new IndexInfo(name, primary.partition(), primary.sort(), true));
                continue;
            }
            if (!slots.add(slot)) {
                problems.add(type, index, where + ": slot " + slot
                        + " is used twice in this model; give each index its own gsi1..gsi5");
            }
            String partitionKey = Annotations.string(index, "partitionKey", "");
            if (partitionKey.isEmpty()) {
                problems.add(type, index, where + ": partitionKey is required (a field name or Index.MODEL_PREFIX)");
                continue;
            }
            FieldInfo partition = indexField(type, index, where, "partitionKey", partitionKey, fields);
            FieldInfo sort = indexField(type, index, where, "sortKey", Annotations.string(index, "sortKey", MODEL_PREFIX), fields);
            indexes.add(new IndexInfo(name, partition, sort, false));
        }
    }

    private FieldInfo indexField(TypeElement type, AnnotationMirror index, String where, String role, String fieldName,
                                 List<FieldInfo> fields) {
        if (MODEL_PREFIX.equals(fieldName)) {
            return null;
        }
        FieldInfo field = fieldNamed(fields, fieldName);
        if (field == null) {
            problems.add(type, index, where + ": " + role + " '" + fieldName + "' is not a field of " + type.getSimpleName()
                    + "; use one of " + names(fields) + " or Index.MODEL_PREFIX");
        } else if (!field.kind().allowedInKeys()) {
            problems.add(type, index, where + ": " + role + " '" + fieldName + "' is a " + field.kind()
                    + " field, which cannot be part of a key");
        }
        return field;
    }

    private List<UniqueInfo> readUniques(TypeElement type, List<FieldInfo> fields) {
        List<UniqueInfo> uniques = new ArrayList<>();
        Set<String> slots = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (AnnotationMirror unique : Annotations.repeated(type, UNIQUE, API + "Uniques")) {
            String name = Annotations.string(unique, "name", "");
            String fieldName = Annotations.string(unique, "field", "");
            String slot = Annotations.enumName(unique, "id");
            String where = type.getSimpleName() + " @Unique(name = \"" + name + "\")";
            if (!slots.add(slot)) {
                problems.add(type, unique, where + ": constraint slot " + slot + " is used twice; use UC1, UC2 and UC3 once each");
            }
            if (name.isEmpty() || !names.add(name)) {
                problems.add(type, unique, where + ": constraint names must be non-empty and unique within the model");
            }
            FieldInfo field = fieldNamed(fields, fieldName);
            if (field == null) {
                problems.add(type, unique, where + ": field '" + fieldName + "' does not exist; use one of " + names(fields));
            } else if (!field.kind().textValued()) {
                problems.add(type, unique, where + ": field '" + fieldName + "' is " + field.kind()
                        + "; unique constraints need a text-valued field (String, @Email, ULID or Ref)");
            } else {
                uniques.add(new UniqueInfo(name, field));
            }
        }
        return uniques;
    }

    private static FieldInfo fieldNamed(List<FieldInfo> fields, String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst().orElse(null);
    }

    private static String names(List<FieldInfo> fields) {
        return fields.stream().map(FieldInfo::name).collect(Collectors.joining(", ", "[", "]"));
    }

    private TypeElement refTarget(TypeMirror ref) {
        List<? extends TypeMirror> arguments = ((DeclaredType) ref).getTypeArguments();
        if (arguments.size() != 1 || arguments.get(0).getKind() != TypeKind.DECLARED) {
            return null;
        }
        return (TypeElement) ((DeclaredType) arguments.get(0)).asElement();
    }

    private boolean numeric(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return type.getKind() != TypeKind.BOOLEAN && type.getKind() != TypeKind.CHAR;
        }
        TypeElement number = ((TypeElement) types.asElement(type));
        for (TypeMirror current = type; current.getKind() == TypeKind.DECLARED; ) {
            TypeElement element = (TypeElement) types.asElement(current);
            if (element.getQualifiedName().contentEquals("java.lang.Number")) {
                return true;
            }
            current = element.getSuperclass();
        }
        return number == null;
    }

    private String erasedName(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (type instanceof ArrayType array) {
            return erasedName(array.getComponentType()) + "[]";
        }
        if (type.getKind() == TypeKind.DECLARED) {
            return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
        }
        return type.toString();
    }

    /** The type as Java source without type-use annotations, boxed when primitive. */
    String source(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return types.boxedClass((javax.lang.model.type.PrimitiveType) type).getQualifiedName().toString();
        }
        return sourceOf(type);
    }

    private String sourceOf(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (type instanceof ArrayType array) {
            return sourceOf(array.getComponentType()) + "[]";
        }
        if (type.getKind() == TypeKind.DECLARED) {
            DeclaredType declared = (DeclaredType) type;
            String raw = ((TypeElement) declared.asElement()).getQualifiedName().toString();
            if (declared.getTypeArguments().isEmpty()) {
                return raw;
            }
            return raw + declared.getTypeArguments().stream().map(this::sourceOf).collect(Collectors.joining(", ", "<", ">"));
        }
        if (type.getKind() == TypeKind.WILDCARD) {
            javax.lang.model.type.WildcardType wildcard = (javax.lang.model.type.WildcardType) type;
            if (wildcard.getExtendsBound() != null) {
                return "? extends " + sourceOf(wildcard.getExtendsBound());
            }
            return wildcard.getSuperBound() != null ? "? super " + sourceOf(wildcard.getSuperBound()) : "?";
        }
        return "java.lang.Object";
    }

    private String classLiteral(TypeMirror type) {
        return erasedName(type) + ".class";
    }
}
