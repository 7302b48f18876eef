package dev.dynamobao.engine.internal.session;

import dev.dynamobao.BaoException;
import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.Ref;
import dev.dynamobao.engine.internal.key.KeyCodec;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.FieldModel;
import dev.dynamobao.engine.internal.query.MappingSides;
import dev.dynamobao.engine.internal.query.QueryTarget;
import dev.dynamobao.engine.internal.query.QueryValues;
import dev.dynamobao.query.Filter;
import dev.dynamobao.query.Page;
import dev.dynamobao.query.QueryBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One-to-many and many-to-many helpers of the entity manager: children of a parent through an
 * index on the child's {@code Ref} field, and links through a mapping model with two {@code Ref}
 * fields ({@code LAYOUT.md} §12).
 */
final class Relations {

    private final UnitOfWork work;
    private final EngineContext engine;
    private final QueryValues values;

    Relations(UnitOfWork work, EngineContext engine) {
        this.work = work;
        this.engine = engine;
        this.values = new QueryValues(engine.models());
    }

    <C> QueryBuilder<C> queryRelated(Object parent, Class<C> childType, String indexName) {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(indexName, "indexName");
        EntityModel child = engine.models().model(childType);
        QueryTarget target = QueryTarget.of(child, indexName);
        Class<?> parentType = QueryValues.typeOf(parent);
        FieldModel field = target.partitionField();
        if (field == null || field.referenceTarget() == null || !field.referenceTarget().isAssignableFrom(parentType)) {
            throw new BaoException("queryRelated(" + parentType.getSimpleName() + ", " + child.name() + ", \"" + indexName
                    + "\"): the partition key of " + target.describe() + " is " + (field == null ? "the model prefix"
                    : "field " + field.name() + " (" + field.type() + ")") + ", not a Ref<" + parentType.getSimpleName()
                    + ">. Use an index whose partition key is a Ref<" + parentType.getSimpleName() + "> field; "
                    + child.name() + "'s indexes: " + QueryTarget.describeIndexes(child));
        }
        return new QueryBuilderImpl<>(work, engine, child, childType).index(indexName)
                .partition(values.primaryIdOf(parent));
    }

    <M> M link(Class<M> mappingType, Object left, Object right) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        EntityModel mapping = engine.models().model(mappingType);
        MappingSides sides = MappingSides.of(mapping, QueryValues.typeOf(left), QueryValues.typeOf(right));
        M link = mappingType.cast(mapping.newInstance());
        sides.from().set(link, refTo(left));
        sides.to().set(link, refTo(right));
        work.execute(List.of(work.writer().prepareCreate(link)));
        return link;
    }

    void unlink(Class<?> mappingType, Object left, Object right) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        EntityModel mapping = engine.models().model(mappingType);
        MappingSides sides = MappingSides.of(mapping, QueryValues.typeOf(left), QueryValues.typeOf(right));
        if (sides.keyedByBoth()) {
            Object probe = mapping.newInstance();
            sides.from().set(probe, refTo(left));
            sides.to().set(probe, refTo(right));
            work.loader().find(mappingType, KeyCodec.primaryId(mapping, probe)).ifPresent(this::remove);
            return;
        }
        List<?> links = mappingQuery(sides, mappingType, left)
                .filter(Filter.eq(sides.to().name(), values.primaryIdOf(right))).list();
        links.forEach(this::remove);
    }

    /** Deletes a link loaded by this unit of work (so it is managed) and forgets it. */
    private void remove(Object link) {
        EntityState state = work.context().state(link);
        work.execute(List.of(work.writer().prepareDelete(link, state != null ? state : work.writer().adopt(link))));
        work.context().evict(link);
    }

    <T> Page<T> linked(Object from, Class<?> mappingType, Class<T> targetType, String cursor) {
        Objects.requireNonNull(from, "from");
        EntityModel mapping = engine.models().model(mappingType);
        EntityModel far = engine.models().model(targetType);
        MappingSides sides = MappingSides.of(mapping, QueryValues.typeOf(from), targetType);
        QueryBuilder<?> query = mappingQuery(sides, mappingType, from);
        if (cursor != null) {
            query.startAfter(cursor);
        }
        Page<?> links = query.page();
        List<String> ids = new ArrayList<>();
        for (Object link : links.items()) {
            if (sides.to().get(link) instanceof Ref<?> ref) {
                ids.add(ref.id());
            }
        }
        ConsumedCapacity before = work.ledger().total();
        Map<String, Object> loaded = work.loader().load(work.scope(far), ids);
        ConsumedCapacity after = work.ledger().total();
        ConsumedCapacity farCapacity = new ConsumedCapacity(after.readUnits() - before.readUnits(),
                after.writeUnits() - before.writeUnits());
        List<T> items = new ArrayList<>(ids.size());
        for (String id : ids) {
            Object entity = loaded.get(id);
            if (entity != null) {
                items.add(targetType.cast(entity));
            }
        }
        return new Page<>(items, links.cursor().orElse(null), links.consumedCapacity().plus(farCapacity));
    }

    private <M> QueryBuilder<M> mappingQuery(MappingSides sides, Class<M> mappingType, Object from) {
        QueryTarget target = sides.fromTarget();
        QueryBuilder<M> query = new QueryBuilderImpl<>(work, engine, sides.mapping(), mappingType);
        if (target.logicalIndex() != null) {
            query.index(target.logicalIndex());
        }
        return query.partition(values.primaryIdOf(from));
    }

    @SuppressWarnings("unchecked")
    private static Ref<Object> refTo(Object entityOrRef) {
        return entityOrRef instanceof Ref<?> ref ? (Ref<Object>) ref : Ref.of(entityOrRef);
    }
}
