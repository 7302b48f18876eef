package dev.dynamobao.engine.internal.query;

import dev.dynamobao.BaoException;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.FieldModel;
import dev.dynamobao.engine.internal.model.IndexModel;
import java.util.List;

/**
 * The two {@code Ref} fields of a many-to-many mapping model ({@code LAYOUT.md} §12) that point at
 * the two linked types, found by their target types.
 *
 * @param mapping the mapping model
 * @param from the field referencing the side a listing starts from (the "left" of a link)
 * @param to the field referencing the far side (the "right" of a link)
 */
public record MappingSides(EntityModel mapping, FieldModel from, FieldModel to) {

    /**
     * The fields of {@code mapping} referencing {@code fromType} and {@code toType}.
     *
     * @throws BaoException when the mapping has no, or more than one, {@code Ref} field of either type
     */
    public static MappingSides of(EntityModel mapping, Class<?> fromType, Class<?> toType) {
        FieldModel from = refField(mapping, fromType);
        FieldModel to = refField(mapping, toType);
        if (from == to) {
            throw new BaoException("Mapping model " + mapping.name() + " links " + fromType.getSimpleName() + " with "
                    + toType.getSimpleName() + " through the single field " + from.name() + "; a mapping needs two Ref fields");
        }
        return new MappingSides(mapping, from, to);
    }

    private static FieldModel refField(EntityModel mapping, Class<?> type) {
        List<FieldModel> candidates = refFields(mapping).stream()
                .filter(field -> field.referenceTarget().isAssignableFrom(type)).toList();
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        String refs = String.join(", ", refFields(mapping).stream()
                .map(field -> field.name() + " (Ref<" + field.referenceTarget().getSimpleName() + ">)").toList());
        if (candidates.isEmpty()) {
            throw new BaoException("Mapping model " + mapping.name() + " has no Ref<" + type.getSimpleName()
                    + "> field, so it cannot link " + type.getSimpleName() + " entities. Its Ref fields: "
                    + (refs.isEmpty() ? "(none)" : refs) + ". A mapping needs one Ref field per linked type.");
        }
        throw new BaoException("Mapping model " + mapping.name() + " has " + candidates.size() + " Ref fields that can"
                + " hold a " + type.getSimpleName() + " (" + refs + "), so the side of the link is ambiguous. Link and"
                + " list such entities with em.persist and em.query on the mapping model instead.");
    }

    private static List<FieldModel> refFields(EntityModel mapping) {
        return mapping.fields().stream().filter(field -> field.referenceTarget() != null).toList();
    }

    /** Whether the mapping's primary key is made of exactly the two fields (in either order). */
    public boolean keyedByBoth() {
        FieldModel pk = mapping.partitionKey();
        FieldModel sk = mapping.sortKey();
        return (pk == from && sk == to) || (pk == to && sk == from);
    }

    /**
     * Where the mappings of one {@code from} entity are listed: the primary key when {@code from} is
     * its partition key, else the first GSI whose partition key is {@code from}.
     *
     * @throws BaoException naming the field when there is no such index
     */
    public QueryTarget fromTarget() {
        if (mapping.partitionKey() == from) {
            return QueryTarget.primaryKey(mapping);
        }
        for (IndexModel index : mapping.indexes()) {
            if (!index.isPrimaryKeyAlias() && index.partition() == from) {
                return QueryTarget.of(mapping, index.name());
            }
        }
        throw new BaoException("Mapping model " + mapping.name() + " cannot list by " + from.name() + ": neither its"
                + " primary key nor any index has " + from.name() + " as partition key. Add an index, e.g. @Index(name = \""
                + to.name() + "sFor" + from.referenceTarget().getSimpleName() + "\", id = IndexId.GSI1, partitionKey = \""
                + from.name() + "\", sortKey = \"" + to.name() + "\"). Its indexes: " + QueryTarget.describeIndexes(mapping));
    }
}
