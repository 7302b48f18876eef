package dev.dynamobao.engine.internal.metrics;

import dev.dynamobao.metrics.RequestEvent;
import dev.dynamobao.metrics.RequestListener;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells every registered listener of each request; a failing listener is logged, never rethrown. */
public final class RequestMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(RequestMetrics.class);

    private final List<RequestListener> listeners;

    /** Creates the fan-out for {@code listeners}. */
    public RequestMetrics(List<RequestListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /** Publishes one event. */
    public void publish(RequestEvent event) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} on {}: {} item(s), {} RCU, {} WCU, {} ms{}", event.operation(), event.table(), event.itemCount(),
                    event.capacity().readUnits(), event.capacity().writeUnits(), event.latency().toMillis(),
                    event.succeeded() ? "" : " (failed)");
        }
        for (RequestListener listener : listeners) {
            try {
                listener.onRequest(event);
            } catch (RuntimeException failure) {
                LOG.warn("Request listener {} failed; ignored", listener, failure);
            }
        }
    }
}
