package dev.dynamobao.metrics;

/**
 * Called after every DynamoDB request the engine sends, on the thread that sent it. Register with
 * {@code Bao.configure().requestListener(...)}. Must be fast and thread-safe; an exception it
 * throws is logged and ignored.
 */
@FunctionalInterface
public interface RequestListener {

    /** Receives one request. */
    void onRequest(RequestEvent event);
}
