package dev.dynamobao.metrics;

/**
 * Called after every DynamoDB request the engine sends, on the thread that sent it. Register with
 * {@code Bao.configure().requestListener(...)}. Must be fast and thread-safe; an exception it
 * throws is logged and ignored.
 *
 * <p>The independent requests of one operation (the writes of a flush or {@code persistAll}, the
 * requests of a bulk write or batch read) are sent on the factory's request threads, up to
 * {@link dev.dynamobao.BaoConfiguration#maxConcurrency()} at once; their listener calls happen on
 * those threads, possibly at the same time. So a listener must not rely on a {@code ThreadLocal}
 * of the thread that called the entity manager.
 */
@FunctionalInterface
public interface RequestListener {

    /** Receives one request. */
    void onRequest(RequestEvent event);
}
