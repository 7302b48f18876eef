package dev.dynamobao.codegen.internal.model;

import java.util.List;

/**
 * One field of a model as {@code models.yaml} declares it.
 *
 * @param name the field (and stored attribute) name
 * @param type the field type
 * @param required {@code required: true}
 * @param autoAssign {@code autoAssign: true} (ULID fields)
 * @param relatedModel the target model of a {@code RelatedField}, else {@code null}
 * @param defaultValue the {@code defaultValue} as String, Long, Double or Boolean, else {@code null}
 * @param notes options dynamo-bao applies and the Java library does not (documented on the field)
 * @param javaType a Java-only type from the file's {@code java:} section (enum or converted type), else {@code null}
 * @param converter a Java-only converter class from the {@code java:} section, else {@code null}
 * @param comments YAML comments on the field, for Javadoc
 * @param line the 1-based line of the field
 */
public record FieldDef(String name, FieldType type, boolean required, boolean autoAssign, String relatedModel,
        Object defaultValue, List<String> notes, String javaType, String converter, List<String> comments, int line) {

    /** This field with a Java-only type and converter. */
    public FieldDef withJava(String newJavaType, String newConverter) {
        return new FieldDef(name, type, required, autoAssign, relatedModel, defaultValue, notes, newJavaType, newConverter,
                comments, line);
    }
}
