package dev.dynamobao.processor.internal;

import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * One stored field of an entity as the processor sees it.
 *
 * @param element the field
 * @param name the Java field name (the name the string API takes)
 * @param kind how it is stored
 * @param javaType the field type as Java source, boxed when primitive
 * @param classLiteral the erased field type as a class literal ({@code int.class}, {@code java.util.Set.class})
 * @param refTarget the target entity of a {@code Ref} field, else {@code null}
 */
public record FieldInfo(VariableElement element, String name, FieldKind kind, String javaType, String classLiteral,
                        TypeElement refTarget) {

    /** The key type of this field as a query argument: the target entity for a {@code Ref}, else the Java type. */
    public String keyType() {
        return refTarget != null ? refTarget.getQualifiedName().toString() : javaType;
    }
}
