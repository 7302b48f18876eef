package dev.dynamobao.engine.internal.session;

import dev.dynamobao.engine.internal.operation.IterationQueryOperation.IdPage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where a walk over some iteration buckets stands: the ids read from each bucket and not handed
 * out yet, and which pages to read next. Hands out ids bucket after bucket, each bucket in index
 * order, while the pages of later buckets may already be read. Pure bookkeeping: it sends
 * nothing, and its owner (one thread) feeds it the pages it asked for.
 *
 * <p>Rounds: the first round asks only for the current bucket's page, so a caller that stops
 * after the first batch pays one {@code Query} when that page fills it. Later rounds also ask
 * for the first or next page of the buckets after it that hold nothing unread, so that at most
 * {@code maxPages} pages are held unread or asked for at once.
 */
final class BucketWalk {

    /**
     * The next page of one bucket, to read.
     *
     * @param index the bucket's position in the walk
     * @param bucket the bucket number
     * @param startKey where the page starts, or null for the bucket's first page
     */
    record PageRequest(int index, int bucket, Map<String, AttributeValue> startKey) {
    }

    private final int[] buckets;
    private final int maxPages;
    private final Deque<String>[] unread;
    private final boolean[] started;
    private final List<Map<String, AttributeValue>> startKeys;
    private int position;
    private boolean firstRoundSent;

    /**
     * @param buckets the bucket numbers, in the order their ids are handed out
     * @param maxPages the most pages held unread or asked for at once (at least 1)
     */
    @SuppressWarnings("unchecked")
    BucketWalk(int[] buckets, int maxPages) {
        this.buckets = buckets.clone();
        this.maxPages = Math.max(1, maxPages);
        this.unread = new Deque[buckets.length];
        this.started = new boolean[buckets.length];
        this.startKeys = new ArrayList<>(buckets.length);
        for (int i = 0; i < buckets.length; i++) {
            unread[i] = new ArrayDeque<>();
            startKeys.add(null);
        }
    }

    /**
     * Moves ids into {@code ids} until it holds {@code size} or the current bucket needs its next
     * page (or every bucket is done).
     */
    void takeInto(List<String> ids, int size) {
        while (ids.size() < size && position < buckets.length) {
            Deque<String> current = unread[position];
            if (!current.isEmpty()) {
                while (ids.size() < size && !current.isEmpty()) {
                    ids.add(current.poll());
                }
            } else if (exhausted(position)) {
                position++;
            } else {
                return;
            }
        }
    }

    /** Whether every id of every bucket was handed out. */
    boolean finished() {
        while (position < buckets.length && unread[position].isEmpty() && exhausted(position)) {
            position++;
        }
        return position >= buckets.length;
    }

    /** The pages to read now, the current bucket's first; empty when the walk is finished. */
    List<PageRequest> nextRound() {
        if (finished()) {
            return List.of();
        }
        List<PageRequest> round = new ArrayList<>();
        round.add(request(position));
        if (firstRoundSent) {
            int held = 0;
            for (int i = position + 1; i < buckets.length; i++) {
                if (!unread[i].isEmpty()) {
                    held++;
                }
            }
            for (int i = position + 1; i < buckets.length && round.size() + held < maxPages; i++) {
                if (unread[i].isEmpty() && !exhausted(i)) {
                    round.add(request(i));
                }
            }
        }
        firstRoundSent = true;
        return round;
    }

    /** Records the page read for {@code request}. */
    void accept(PageRequest request, IdPage page) {
        int index = request.index();
        unread[index].addAll(page.ids());
        started[index] = true;
        startKeys.set(index, page.nextStartKey());
    }

    private PageRequest request(int index) {
        return new PageRequest(index, buckets[index], startKeys.get(index));
    }

    private boolean exhausted(int index) {
        return started[index] && startKeys.get(index) == null;
    }
}
