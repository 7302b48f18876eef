package dev.dynamobao.engine.internal.metrics;

import dev.dynamobao.metrics.RequestEvent;
import dev.dynamobao.metrics.RequestListener;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every registered listener of each request, in registration order, on the calling thread.
 * A failing listener is logged (its first failure with the stack trace, later ones at debug level)
 * and never rethrown, so it breaks neither the request nor the other listeners.
 */
public final class RequestMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(RequestMetrics.class);

    private final List<RequestListener> listeners;
    private final Set<RequestListener> reportedFailures = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    /** Creates the fan-out for {@code listeners}. */
    public RequestMetrics(List<RequestListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /**
     * Whether an event would reach anyone (a listener, or the debug log); when not, the executor
     * builds no event at all.
     */
    public boolean active() {
        return !listeners.isEmpty() || LOG.isDebugEnabled();
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
                if (reportedFailures.add(listener)) {
                    LOG.warn("Request listener {} failed on {} and was ignored (later failures of it are logged at debug"
                            + " level); fix the listener, it must not throw", listener, event.operation(), failure);
                } else {
                    LOG.debug("Request listener {} failed again on {}: {}", listener, event.operation(), failure.toString());
                }
            }
        }
    }
}
