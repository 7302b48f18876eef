package dev.dynamobao.engine.internal.session;

import dev.dynamobao.query.Page;
import dev.dynamobao.query.QueryBuilder;

/** Placeholder of one-to-many and many-to-many helpers (issue #7 is implementing it). */
final class Relations {

    Relations(EntityManagerImpl entityManager, EngineContext engine) {
    }

    <C> QueryBuilder<C> queryRelated(Object parent, Class<C> childType, String indexName) {
        throw new UnsupportedOperationException("relations are not implemented yet");
    }

    <M> M link(Class<M> mappingType, Object left, Object right) {
        throw new UnsupportedOperationException("relations are not implemented yet");
    }

    void unlink(Class<?> mappingType, Object left, Object right) {
        throw new UnsupportedOperationException("relations are not implemented yet");
    }

    <T> Page<T> linked(Object from, Class<?> mappingType, Class<T> targetType, String cursor) {
        throw new UnsupportedOperationException("relations are not implemented yet");
    }
}
