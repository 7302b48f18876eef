package dev.dynamobao.engine.internal.session;

import java.util.List;
import java.util.stream.Stream;

/** Placeholder of iteration over all items (issue #8 is implementing it). */
final class Iteration {

    Iteration(EntityManagerImpl entityManager, EngineContext engine) {
    }

    <T> Stream<List<T>> iterateAll(Class<T> type, int batchSize) {
        throw new UnsupportedOperationException("iteration is not implemented yet");
    }

    <T> Stream<List<T>> iterateBucket(Class<T> type, int bucket, int batchSize) {
        throw new UnsupportedOperationException("iteration is not implemented yet");
    }

    int buckets(Class<?> type) {
        throw new UnsupportedOperationException("iteration is not implemented yet");
    }
}
