package dev.dynamobao.codegen.internal.read;

import dev.dynamobao.codegen.internal.model.FieldDef;
import dev.dynamobao.codegen.internal.model.FieldType;
import dev.dynamobao.codegen.internal.model.ModelDef;
import dev.dynamobao.codegen.internal.problem.Problems;
import dev.dynamobao.codegen.internal.yaml.Suggestions;
import dev.dynamobao.codegen.internal.yaml.YamlMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Java-only top-level {@code java:} section of {@code models.yaml}, which dynamo-bao's generator never
 * reads (it reads only {@code models:}):
 *
 * <pre>
 * java:
 *   package: com.example.model
 *   fields:
 *     Post.status: {type: com.example.Status}                                  # an enum, stored as its name
 *     Post.price: {type: com.example.Money, converter: com.example.MoneyConverter}
 * </pre>
 */
final class JavaSection {

    static final String KEY = "java";

    private static final List<String> KEYS = List.of("package", "fields");
    private static final List<String> FIELD_KEYS = List.of("type", "converter");
    private static final Set<FieldType> ENUM_TYPES = EnumSet.of(FieldType.STRING);
    private static final Set<FieldType> CONVERTIBLE = EnumSet.of(FieldType.STRING, FieldType.INTEGER, FieldType.FLOAT,
            FieldType.BOOLEAN, FieldType.DATE_TIME, FieldType.BINARY);

    private final String javaPackage;
    private final Map<String, String[]> fieldTypes;

    private JavaSection(String javaPackage, Map<String, String[]> fieldTypes) {
        this.javaPackage = javaPackage;
        this.fieldTypes = fieldTypes;
    }

    String javaPackage() {
        return javaPackage;
    }

    static JavaSection read(org.snakeyaml.engine.v2.nodes.Node node, Problems problems, List<ModelDef> models) {
        Optional<YamlMap> section = YamlMap.of(node, "the java section", problems, null, null);
        Map<String, String[]> types = new LinkedHashMap<>();
        if (section.isEmpty()) {
            return new JavaSection(null, types);
        }
        section.get().rejectUnknownKeys(KEYS, "the java section");
        String javaPackage = section.get().text("package").orElse(null);
        if (javaPackage != null && !JavaNames.isQualifiedName(javaPackage)) {
            problems.add(section.get().entry("package").get().value(), null, null, "\"" + javaPackage
                    + "\" is not a Java package name", "use a name like com.example.model");
            javaPackage = null;
        }
        Optional<YamlMap.Entry> fieldsEntry = section.get().entry("fields");
        if (fieldsEntry.isPresent()) {
            Optional<YamlMap> fields = YamlMap.of(fieldsEntry.get().value(), "java.fields", problems, null, null);
            fields.ifPresent(map -> map.entries().forEach(entry -> readField(entry, problems, models, types)));
        }
        return new JavaSection(javaPackage, types);
    }

    private static void readField(YamlMap.Entry entry, Problems problems, List<ModelDef> models, Map<String, String[]> types) {
        String[] parts = entry.key().split("\\.", -1);
        if (parts.length != 2) {
            problems.add(entry.keyNode(), null, null, "java.fields key \"" + entry.key() + "\" is not Model.field",
                    "write the model and field names joined by a dot, e.g. Post.status");
            return;
        }
        Optional<ModelDef> model = models.stream().filter(m -> m.name().equals(parts[0])).findFirst();
        if (model.isEmpty()) {
            problems.add(entry.keyNode(), parts[0], parts[1], "java.fields names the unknown model \"" + parts[0] + "\"",
                    Suggestions.fix(parts[0], models.stream().map(ModelDef::name).toList()));
            return;
        }
        Optional<FieldDef> field = model.get().field(parts[1]);
        if (field.isEmpty()) {
            problems.add(entry.keyNode(), parts[0], parts[1], "java.fields names the unknown field \"" + parts[1] + "\"",
                    Suggestions.fix(parts[1], model.get().fields().stream().map(FieldDef::name).toList()));
            return;
        }
        Optional<YamlMap> map = YamlMap.of(entry.value(), "java.fields." + entry.key(), problems, parts[0], parts[1]);
        if (map.isEmpty()) {
            return;
        }
        map.get().rejectUnknownKeys(FIELD_KEYS, "java.fields." + entry.key());
        String type = map.get().text("type").orElse(null);
        String converter = map.get().text("converter").orElse(null);
        if (map.get().entry("type").isEmpty()) {
            problems.add(entry.keyNode(), parts[0], parts[1], "java.fields." + entry.key() + " has no type",
                    "add \"type: <fully qualified Java class>\"");
        }
        for (String name : new String[] {type, converter}) {
            if (name != null && (!JavaNames.isQualifiedName(name) || !name.contains("."))) {
                problems.add(entry.value(), parts[0], parts[1], "\"" + name + "\" is not a fully qualified Java class name",
                        "write the package too, e.g. com.example.Status");
                return;
            }
        }
        FieldType fieldType = field.get().type();
        Set<FieldType> allowed = converter == null ? ENUM_TYPES : CONVERTIBLE;
        if (!allowed.contains(fieldType)) {
            problems.add(entry.value(), parts[0], parts[1], converter == null
                    ? "a Java enum type can only replace a StringField, not " + fieldType.yamlName()
                    : "a converter cannot be used on " + fieldType.yamlName() + " fields",
                    converter == null ? "use a StringField in models.yaml (enums are stored as their names), or add a converter"
                            : "use it on a String, Integer, Float, Boolean, DateTime or Binary field");
            return;
        }
        if (type != null) {
            types.put(entry.key(), new String[] {type, converter});
        }
    }

    List<ModelDef> apply(List<ModelDef> models) {
        if (fieldTypes.isEmpty()) {
            return models;
        }
        List<ModelDef> result = new ArrayList<>();
        for (ModelDef model : models) {
            List<FieldDef> fields = model.fields().stream().map(f -> {
                String[] java = fieldTypes.get(model.name() + "." + f.name());
                return java == null ? f : f.withJava(java[0], java[1]);
            }).toList();
            result.add(new ModelDef(model.name(), model.prefix(), model.iterable(), model.iterationBuckets(),
                    model.mappingTable(), fields, model.partitionKey(), model.sortKey(), model.indexes(), model.uniques(),
                    model.comments()));
        }
        return result;
    }
}
