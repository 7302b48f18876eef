package dev.dynamobao.processor.internal;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What the processor read from one {@code @Entity} class.
 *
 * @param type the entity class
 * @param name the model name ({@code @Entity(name)} or the simple class name)
 * @param prefix the model prefix, {@code null} when {@code @Model} is missing
 * @param fields the stored fields, in declaration order
 * @param indexes the primary key first, then the logical indexes in declaration order
 * @param uniques the unique constraints in declaration order
 */
public record ModelInfo(TypeElement type, String name, String prefix, List<FieldInfo> fields,
                        List<IndexInfo> indexes, List<UniqueInfo> uniques) {
}
