package dev.dynamobao.codegen.internal.model;

import java.util.List;
import java.util.Optional;

/**
 * One model of {@code models.yaml}, with dynamo-bao 0.4.2's defaults applied: {@code iterable} is true
 * unless {@code tableType: mapping}, and an iterable model has 10 buckets unless it says otherwise.
 *
 * @param name the model name (the Java class name)
 * @param prefix the model prefix
 * @param iterable whether the model is iterable
 * @param iterationBuckets the bucket count (meaningful when iterable)
 * @param mappingTable {@code tableType: mapping}
 * @param fields the fields in file order
 * @param partitionKey a field name or {@code modelPrefix}
 * @param sortKey a field name or {@code modelPrefix}
 * @param indexes the indexes in file order
 * @param uniques the unique constraints in file order
 * @param comments YAML comments on the model, for Javadoc
 */
public record ModelDef(String name, String prefix, boolean iterable, int iterationBuckets, boolean mappingTable,
        List<FieldDef> fields, String partitionKey, String sortKey, List<IndexDef> indexes, List<UniqueDef> uniques,
        List<String> comments) {

    /** The pseudo-field that stands for the model prefix in key definitions. */
    public static final String MODEL_PREFIX = "modelPrefix";

    /** The field called {@code name}. */
    public Optional<FieldDef> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /** Whether both key parts are fields (a composite primary id). */
    public boolean compositeKey() {
        return !MODEL_PREFIX.equals(partitionKey) && !MODEL_PREFIX.equals(sortKey);
    }
}
