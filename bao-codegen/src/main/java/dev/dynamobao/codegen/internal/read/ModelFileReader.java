package dev.dynamobao.codegen.internal.read;

import dev.dynamobao.codegen.internal.model.FieldDef;
import dev.dynamobao.codegen.internal.model.FieldType;
import dev.dynamobao.codegen.internal.model.IndexDef;
import dev.dynamobao.codegen.internal.model.ModelDef;
import dev.dynamobao.codegen.internal.model.ModelFile;
import dev.dynamobao.codegen.internal.model.UniqueDef;
import dev.dynamobao.codegen.internal.problem.ModelFileException;
import dev.dynamobao.codegen.internal.problem.Problems;
import dev.dynamobao.codegen.internal.yaml.Suggestions;
import dev.dynamobao.codegen.internal.yaml.YamlFile;
import dev.dynamobao.codegen.internal.yaml.YamlMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads dynamo-bao's {@code models.yaml} the way dynamo-bao 0.4.2's {@code bao-codegen} reads it, and
 * checks everything the Java library would reject later. Every problem of the file is collected; the
 * file is returned only when there is none.
 */
public final class ModelFileReader {

    private static final List<String> TOP_KEYS = List.of("models", JavaSection.KEY);
    private static final List<String> MODEL_KEYS = List.of("modelPrefix", "tableType", "mapping", "iterable",
            "iterationBuckets", "fields", "primaryKey", "indexes", "uniqueConstraints");
    private static final List<String> KEY_KEYS = List.of("partitionKey", "sortKey");
    private static final List<String> INDEX_KEYS = List.of("partitionKey", "sortKey", "indexId");
    private static final List<String> UNIQUE_KEYS = List.of("field", "uniqueConstraintId");
    private static final Pattern GSI = Pattern.compile("gsi([1-5])");
    private static final Pattern UC = Pattern.compile("uc([1-3])");

    private final String fileName;
    private final Problems problems;
    /** Where each model's RelatedFields name their target, for the cross-model checks. */
    private final Map<String, Node> relatedTargetNodes = new HashMap<>();
    private final Map<String, Node> keyNodes = new HashMap<>();
    /** The field names of the model being read, including fields with problems (not reported twice). */
    private final java.util.Set<String> declaredFields = new java.util.HashSet<>();

    private ModelFileReader(String fileName) {
        this.fileName = fileName;
        this.problems = new Problems(fileName);
    }

    /**
     * Reads {@code text}, named {@code fileName} in messages.
     *
     * @throws ModelFileException listing every problem, when there is any
     */
    public static ModelFile read(String fileName, String text) {
        return new ModelFileReader(fileName).readAll(text);
    }

    private ModelFile readAll(String text) {
        Optional<Node> root = YamlFile.parse(fileName, text);
        if (root.isEmpty()) {
            problems.add(1, 1, null, null, "the file is empty", "declare the models under a top-level \"models:\" key");
            problems.throwIfAny();
        }
        Optional<YamlMap> top = YamlMap.of(root.get(), "the file", problems, null, null);
        List<ModelDef> models = new ArrayList<>();
        String javaPackage = null;
        if (top.isPresent()) {
            top.get().rejectUnknownKeys(TOP_KEYS, "the file");
            Optional<YamlMap.Entry> modelsEntry = top.get().entry("models");
            if (modelsEntry.isEmpty()) {
                problems.add(root.get(), null, null, "no top-level \"models:\" key",
                        "declare the models under \"models:\" as dynamo-bao's models.yaml does");
            } else {
                models = readModels(modelsEntry.get());
                new ModelChecks(problems, relatedTargetNodes, keyNodes).check(models);
            }
            Optional<YamlMap.Entry> javaEntry = top.get().entry(JavaSection.KEY);
            if (javaEntry.isPresent()) {
                JavaSection java = JavaSection.read(javaEntry.get().value(), problems, models);
                javaPackage = java.javaPackage();
                models = java.apply(models);
            }
        }
        problems.throwIfAny();
        return new ModelFile(fileName, List.copyOf(models), javaPackage);
    }

    private List<ModelDef> readModels(YamlMap.Entry modelsEntry) {
        Optional<YamlMap> models = YamlMap.of(modelsEntry.value(), "\"models\"", problems, null, null);
        if (models.isEmpty()) {
            return List.of();
        }
        if (models.get().entries().isEmpty()) {
            problems.add(modelsEntry.keyNode(), null, null, "\"models\" declares no model", "add a model such as User");
        }
        List<ModelDef> result = new ArrayList<>();
        for (YamlMap.Entry entry : models.get().entries()) {
            String name = entry.key();
            if (!JavaNames.isTypeName(name)) {
                problems.add(entry.keyNode(), name, null, "the model name is not a usable Java class name",
                        "use a name like User or BlogPost (letters and digits, starting with a capital letter, not a Java keyword)");
            }
            readModel(name, entry).ifPresent(result::add);
        }
        return result;
    }

    private Optional<ModelDef> readModel(String name, YamlMap.Entry entry) {
        Optional<YamlMap> found = YamlMap.of(entry.value(), "model " + name, problems, name, null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        YamlMap model = found.get();
        model.rejectUnknownKeys(MODEL_KEYS, "model " + name);

        String prefix = null;
        if (model.entry("modelPrefix").isEmpty()) {
            problems.add(entry.keyNode(), name, null, "missing modelPrefix",
                    "add a short prefix that no other model of the table uses, e.g. \"modelPrefix: "
                            + name.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + "\"");
        } else {
            prefix = model.text("modelPrefix").orElse(null);
            Node prefixNode = model.entry("modelPrefix").get().value();
            if (prefix != null && (prefix.startsWith("_") || prefix.chars().anyMatch(c -> "#[]:".indexOf(c) >= 0))) {
                problems.add(prefixNode, name, null, "modelPrefix \"" + prefix + "\" contains a reserved character",
                        "use letters and digits only (no #, [, ], : and no leading _)");
            }
            keyNodes.put(name + "#prefix", prefixNode);
        }

        boolean mappingTable = false;
        Optional<String> tableType = model.text("tableType");
        if (tableType.isPresent()) {
            if (tableType.get().equals("mapping")) {
                mappingTable = true;
            } else if (!tableType.get().equals("standard")) {
                problems.add(model.entry("tableType").get().value(), name, null,
                        "unknown tableType \"" + tableType.get() + "\"", "use \"tableType: mapping\" or leave it out");
            }
        }
        boolean mappingFields = model.entry("mapping").isPresent();
        boolean iterable = model.bool("iterable").orElse(!mappingTable);
        int buckets = model.integer("iterationBuckets").map(Long::intValue).orElse(iterable ? 10 : 0);
        if (iterable && (buckets < 1 || buckets > 1000)) {
            problems.add(model.entry("iterationBuckets").get().value(), name, null,
                    "iterationBuckets must be between 1 and 1000, not " + buckets, "use 10 (the default) or another value in 1-1000");
        }

        List<FieldDef> fields = readFields(name, model, entry, mappingFields);
        Map<String, FieldDef> byName = new LinkedHashMap<>();
        fields.forEach(f -> byName.put(f.name(), f));

        String[] key = readPrimaryKey(name, model, entry, byName);
        List<IndexDef> indexes = readIndexes(name, model, byName);
        List<UniqueDef> uniques = readUniques(name, model, byName);
        List<String> comments = YamlMap.comments(entry.keyNode(), entry.value());
        if (prefix == null || key == null) {
            return Optional.empty();
        }
        return Optional.of(new ModelDef(name, prefix, iterable, buckets, mappingTable, List.copyOf(fields), key[0], key[1],
                List.copyOf(indexes), List.copyOf(uniques), comments));
    }

    private List<FieldDef> readFields(String model, YamlMap map, YamlMap.Entry modelEntry, boolean mappingFields) {
        declaredFields.clear();
        Optional<YamlMap.Entry> fieldsEntry = map.entry("fields");
        if (fieldsEntry.isEmpty()) {
            problems.add(modelEntry.keyNode(), model, null, "missing fields", "declare the fields under \"fields:\"");
            return List.of();
        }
        Optional<YamlMap> fields = YamlMap.of(fieldsEntry.get().value(), "the fields of " + model, problems, model, null);
        if (fields.isEmpty()) {
            return List.of();
        }
        if (fields.get().entries().isEmpty()) {
            problems.add(fieldsEntry.get().keyNode(), model, null, "the model has no fields", "declare at least its key field");
        }
        List<FieldDef> result = new ArrayList<>();
        for (YamlMap.Entry entry : fields.get().entries()) {
            declaredFields.add(entry.key());
            readField(model, entry, mappingFields).ifPresent(result::add);
        }
        return result;
    }

    private Optional<FieldDef> readField(String model, YamlMap.Entry entry, boolean mappingFields) {
        String name = entry.key();
        Node at = entry.keyNode();
        if (name.startsWith("_")) {
            problems.add(at, model, name, "field names starting with _ are reserved for the library's own attributes",
                    "rename the field without the leading _");
        } else if (name.equals(ModelDef.MODEL_PREFIX)) {
            problems.add(at, model, name, "\"modelPrefix\" is the key pseudo-field and cannot be declared",
                    "rename the field");
        } else if (!JavaNames.isMemberName(name)) {
            problems.add(at, model, name, "the field name is not a usable Java field name",
                    "use a name like createdAt (letters and digits, starting with a lower-case letter, not a Java keyword)");
        }
        Optional<YamlMap> found = YamlMap.of(entry.value(), "field " + name, problems, model, name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        YamlMap field = found.get();
        FieldType type;
        if (field.entry("type").isEmpty()) {
            if (!mappingFields) {
                problems.add(at, model, name, "missing type", "add \"type:\" with one of: " + String.join(", ", FieldType.yamlNames()));
                return Optional.empty();
            }
            type = FieldType.RELATED; // dynamo-bao: fields of a "mapping:" model default to RelatedField
        } else {
            Optional<String> typeName = field.text("type");
            if (typeName.isEmpty()) {
                return Optional.empty();
            }
            Optional<FieldType> known = FieldType.ofYamlName(typeName.get());
            if (known.isEmpty()) {
                problems.add(field.entry("type").get().value(), model, name, "unknown field type \"" + typeName.get() + "\"",
                        Suggestions.fix(typeName.get(), FieldType.yamlNames()));
                return Optional.empty();
            }
            type = known.get();
        }
        field.rejectUnknownKeys(type.options(), "this " + type.yamlName());
        if (type == FieldType.TTL && !name.equals("ttl")) {
            problems.add(at, model, name, "a TtlField must be named ttl (DynamoDB expires items by the attribute ttl)",
                    "rename the field to ttl");
        }
        boolean required = field.bool("required").orElse(false);
        boolean autoAssign = field.bool("autoAssign").orElse(false);
        String related = null;
        if (type == FieldType.RELATED) {
            if (field.entry("model").isEmpty()) {
                problems.add(at, model, name, "a RelatedField needs the model it refers to", "add \"model: <ModelName>\"");
            } else {
                related = field.text("model").orElse(null);
                relatedTargetNodes.put(model + "." + name, field.entry("model").get().value());
            }
        }
        Object defaultValue = field.entry("defaultValue").map(e -> defaultValue(model, name, type, e.value())).orElse(null);
        List<String> notes = new ArrayList<>();
        field.integer("precision").ifPresent(p -> notes.add("dynamo-bao rounds it to " + p
                + " decimals before storing (precision); the Java library stores the value as given"));
        field.integer("maxStringLength").ifPresent(p -> notes.add("dynamo-bao rejects members longer than " + p
                + " characters (maxStringLength); the Java library does not check it"));
        field.integer("maxMemberCount").ifPresent(p -> notes.add("dynamo-bao rejects more than " + p
                + " members (maxMemberCount); the Java library does not check it"));
        return Optional.of(new FieldDef(name, type, required, autoAssign, related, defaultValue, List.copyOf(notes), null,
                null, YamlMap.comments(entry.keyNode(), entry.value()), YamlMap.line(at)));
    }

    private Object defaultValue(String model, String field, FieldType type, Node value) {
        if (!(value instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
            problems.add(value, model, field, "defaultValue must be a single value", "write e.g. defaultValue: 0");
            return null;
        }
        Tag tag = scalar.getTag();
        String text = scalar.getValue();
        switch (type) {
            case STRING, EMAIL:
                return text;
            case INTEGER, COUNTER:
                if (tag.equals(Tag.INT)) {
                    return Long.decode(text);
                }
                break;
            case FLOAT:
                if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
                    return Double.valueOf(text);
                }
                break;
            case BOOLEAN:
                if (tag.equals(Tag.BOOL)) {
                    return Boolean.valueOf(text.toLowerCase(java.util.Locale.ROOT));
                }
                break;
            default:
                break;
        }
        problems.add(value, model, field, "defaultValue \"" + text + "\" is not a value of a " + type.yamlName(),
                "give a value of the field's type or remove defaultValue");
        return null;
    }

    private String[] readPrimaryKey(String model, YamlMap map, YamlMap.Entry modelEntry, Map<String, FieldDef> fields) {
        Optional<YamlMap.Entry> keyEntry = map.entry("primaryKey");
        if (keyEntry.isEmpty()) {
            problems.add(modelEntry.keyNode(), model, null, "missing primaryKey",
                    "add \"primaryKey: {partitionKey: <field>}\" (sortKey is optional)");
            return null;
        }
        Optional<YamlMap> key = YamlMap.of(keyEntry.get().value(), "primaryKey", problems, model, null);
        if (key.isEmpty()) {
            return null;
        }
        key.get().rejectUnknownKeys(KEY_KEYS, "primaryKey");
        if (key.get().entry("partitionKey").isEmpty()) {
            problems.add(keyEntry.get().keyNode(), model, null, "primaryKey has no partitionKey", "add \"partitionKey: <field>\"");
            return null;
        }
        String partition = keyField(model, key.get(), "partitionKey", fields, "the primary key");
        String sort = key.get().entry("sortKey").isPresent()
                ? keyField(model, key.get(), "sortKey", fields, "the primary key") : ModelDef.MODEL_PREFIX;
        if (partition == null || sort == null) {
            return null;
        }
        if (partition.equals(sort)) {
            problems.add(key.get().node(), model, null, "partitionKey and sortKey are both " + partition,
                    ModelDef.MODEL_PREFIX.equals(partition) ? "use a field for one of them" : "use two different fields");
            return null;
        }
        keyNodes.put(model + "#pk", key.get().entry("partitionKey").get().value());
        key.get().entry("sortKey").ifPresent(e -> keyNodes.put(model + "#sk", e.value()));
        return new String[] {partition, sort};
    }

    /** The field name of a key entry, checked: an existing field that can be in a key, or modelPrefix. */
    private String keyField(String model, YamlMap map, String key, Map<String, FieldDef> fields, String what) {
        Optional<String> name = map.text(key);
        if (name.isEmpty()) {
            return null;
        }
        Node at = map.entry(key).get().value();
        if (name.get().equals(ModelDef.MODEL_PREFIX)) {
            return name.get();
        }
        FieldDef field = fields.get(name.get());
        if (field == null && declaredFields.contains(name.get())) {
            return null; // the field itself has a problem, reported already
        }
        if (field == null) {
            List<String> candidates = new ArrayList<>(fields.keySet());
            candidates.add(ModelDef.MODEL_PREFIX);
            problems.add(at, model, null, key + " of " + what + " names the unknown field \"" + name.get() + "\"",
                    Suggestions.fix(name.get(), candidates));
            return null;
        }
        if (!field.type().keyable()) {
            problems.add(at, model, name.get(), field.type().yamlName() + " fields cannot be part of " + what,
                    "use a String, ULID, Related, number, boolean or date field");
            return null;
        }
        return name.get();
    }

    private List<IndexDef> readIndexes(String model, YamlMap map, Map<String, FieldDef> fields) {
        Optional<YamlMap.Entry> indexesEntry = map.entry("indexes");
        if (indexesEntry.isEmpty()) {
            return List.of();
        }
        Optional<YamlMap> indexes = YamlMap.of(indexesEntry.get().value(), "indexes", problems, model, null);
        if (indexes.isEmpty()) {
            return List.of();
        }
        List<IndexDef> result = new ArrayList<>();
        Map<Integer, String> slots = new HashMap<>();
        for (YamlMap.Entry entry : indexes.get().entries()) {
            String name = entry.key();
            if (!JavaNames.isMemberName(name)) {
                problems.add(entry.keyNode(), model, null, "index name \"" + name + "\" is not a usable Java name",
                        "use a name like postsForUser");
            }
            if (entry.value() instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
                if (scalar.getValue().equals("primaryKey")) {
                    result.add(new IndexDef(name, 0, null, null));
                } else {
                    problems.add(entry.value(), model, null, "index " + name + " is \"" + scalar.getValue()
                            + "\"; an index is either \"primaryKey\" or {partitionKey, sortKey, indexId}",
                            Suggestions.closest(scalar.getValue(), List.of("primaryKey")).map(s -> "did you mean \"" + s + "\"?")
                                    .orElse("write \"" + name + ": primaryKey\" or \"" + name
                                            + ": {partitionKey: <field>, sortKey: <field>, indexId: gsi1}\""));
                }
                continue;
            }
            Optional<YamlMap> index = YamlMap.of(entry.value(), "index " + name, problems, model, null);
            if (index.isEmpty()) {
                continue;
            }
            index.get().rejectUnknownKeys(INDEX_KEYS, "index " + name);
            for (String required : INDEX_KEYS) {
                if (index.get().entry(required).isEmpty()) {
                    problems.add(entry.keyNode(), model, null, "index " + name + " has no " + required,
                            "add \"" + required + ": " + (required.equals("indexId") ? "gsi1" : "<field or modelPrefix>")
                                    + "\" (dynamo-bao's generator needs all three)");
                }
            }
            String what = "index " + name;
            String pk = index.get().entry("partitionKey").isPresent() ? keyField(model, index.get(), "partitionKey", fields, what) : null;
            String sk = index.get().entry("sortKey").isPresent() ? keyField(model, index.get(), "sortKey", fields, what) : null;
            Integer slot = null;
            Optional<String> indexId = index.get().text("indexId");
            if (indexId.isPresent()) {
                Matcher gsi = GSI.matcher(indexId.get());
                if (gsi.matches()) {
                    slot = Integer.valueOf(gsi.group(1));
                    String earlier = slots.putIfAbsent(slot, name);
                    if (earlier != null) {
                        problems.add(index.get().entry("indexId").get().value(), model, null, "index " + name + " uses "
                                + indexId.get() + ", which index " + earlier + " of this model already uses",
                                "give each index of a model its own slot among gsi1-gsi5");
                    }
                } else {
                    problems.add(index.get().entry("indexId").get().value(), model, null, "unknown indexId \""
                            + indexId.get() + "\" of index " + name, "use one of gsi1, gsi2, gsi3, gsi4, gsi5 (the table's GSIs)");
                }
            }
            if (pk != null && sk != null && slot != null) {
                result.add(new IndexDef(name, slot, pk, sk));
            }
        }
        return result;
    }

    private List<UniqueDef> readUniques(String model, YamlMap map, Map<String, FieldDef> fields) {
        Optional<YamlMap.Entry> uniquesEntry = map.entry("uniqueConstraints");
        if (uniquesEntry.isEmpty()) {
            return List.of();
        }
        Optional<YamlMap> uniques = YamlMap.of(uniquesEntry.get().value(), "uniqueConstraints", problems, model, null);
        if (uniques.isEmpty()) {
            return List.of();
        }
        List<UniqueDef> result = new ArrayList<>();
        Map<Integer, String> slots = new HashMap<>();
        for (YamlMap.Entry entry : uniques.get().entries()) {
            String name = entry.key();
            Optional<YamlMap> unique = YamlMap.of(entry.value(), "unique constraint " + name, problems, model, null);
            if (unique.isEmpty()) {
                continue;
            }
            unique.get().rejectUnknownKeys(UNIQUE_KEYS, "unique constraint " + name);
            for (String required : UNIQUE_KEYS) {
                if (unique.get().entry(required).isEmpty()) {
                    problems.add(entry.keyNode(), model, null, "unique constraint " + name + " has no " + required,
                            "add \"" + required + ": " + (required.equals("field") ? "<field>" : "uc1") + "\"");
                }
            }
            String fieldName = unique.get().text("field").orElse(null);
            if (fieldName != null) {
                FieldDef field = fields.get(fieldName);
                Node at = unique.get().entry("field").get().value();
                if (field == null && declaredFields.contains(fieldName)) {
                    fieldName = null;
                } else if (field == null) {
                    problems.add(at, model, null, "unique constraint " + name + " names the unknown field \"" + fieldName + "\"",
                            Suggestions.fix(fieldName, fields.keySet()));
                    fieldName = null;
                } else if (!field.type().uniqueable()) {
                    problems.add(at, model, fieldName, "a unique constraint cannot use " + field.type().yamlName() + " fields"
                            + " (dynamo-bao stores other types' values in a form Java cannot match)",
                            "use a StringField, EmailField, UlidField or RelatedField");
                    fieldName = null;
                }
            }
            Integer slot = null;
            Optional<String> id = unique.get().text("uniqueConstraintId");
            if (id.isPresent()) {
                Matcher uc = UC.matcher(id.get());
                Node at = unique.get().entry("uniqueConstraintId").get().value();
                if (uc.matches()) {
                    slot = Integer.valueOf(uc.group(1));
                    String earlier = slots.putIfAbsent(slot, name);
                    if (earlier != null) {
                        problems.add(at, model, null, "unique constraint " + name + " uses " + id.get()
                                + ", which " + earlier + " of this model already uses", "give each unique constraint its own id among uc1-uc3");
                    }
                } else {
                    problems.add(at, model, null, "unknown uniqueConstraintId \"" + id.get() + "\"", "use one of uc1, uc2, uc3");
                }
            }
            if (fieldName != null && slot != null) {
                result.add(new UniqueDef(name, fieldName, slot));
            }
        }
        return result;
    }
}
