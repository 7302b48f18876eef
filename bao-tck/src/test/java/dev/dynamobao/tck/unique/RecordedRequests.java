package dev.dynamobao.tck.unique;

import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestEvent;
import dev.dynamobao.metrics.RequestListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A request listener that keeps every event, so tests can assert operations and action counts. */
public final class RecordedRequests implements RequestListener {

    private final List<RequestEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onRequest(RequestEvent event) {
        events.add(event);
    }

    /** The events since the last {@link #clear()}. */
    public List<RequestEvent> events() {
        return List.copyOf(events);
    }

    /** The operations sent since the last {@link #clear()}, in order. */
    public List<DynamoOperation> operations() {
        return events.stream().map(RequestEvent::operation).toList();
    }

    /** Forgets every event. */
    public void clear() {
        events.clear();
    }
}
