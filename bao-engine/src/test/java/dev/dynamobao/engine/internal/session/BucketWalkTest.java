package dev.dynamobao.engine.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.engine.internal.operation.IterationQueryOperation.IdPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class BucketWalkTest {

    private static final Map<String, AttributeValue> MORE = Map.of("_iter_sk", AttributeValue.fromS("more"));

    private static List<Integer> buckets(List<BucketWalk.PageRequest> round) {
        return round.stream().map(BucketWalk.PageRequest::bucket).toList();
    }

    private static IdPage last(String... ids) {
        return new IdPage(List.of(ids), null);
    }

    @Test
    void firstRound_asksForTheFirstBucketOnly_soAnEarlyStopCostsOneQuery() {
        BucketWalk walk = new BucketWalk(new int[] {0, 1, 2, 3}, 16);
        List<BucketWalk.PageRequest> round = walk.nextRound();
        assertEquals(List.of(0), buckets(round));
        assertNull(round.get(0).startKey());
    }

    @Test
    void laterRounds_askForTheFollowingBucketsTogether_upToMaxPages() {
        BucketWalk walk = new BucketWalk(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 4);
        BucketWalk.PageRequest first = walk.nextRound().get(0);
        walk.accept(first, last("a"));
        List<String> ids = new ArrayList<>();
        walk.takeInto(ids, 10);
        assertEquals(List.of("a"), ids);
        assertEquals(List.of(1, 2, 3, 4), buckets(walk.nextRound()), "four pages at most");
    }

    @Test
    void idsAreHandedOutBucketAfterBucket_evenWhenLaterPagesArriveFirst() {
        BucketWalk walk = new BucketWalk(new int[] {0, 1, 2}, 16);
        walk.accept(walk.nextRound().get(0), new IdPage(List.of("a1"), MORE));
        List<String> ids = new ArrayList<>();
        walk.takeInto(ids, 10);
        List<BucketWalk.PageRequest> round = walk.nextRound();
        assertEquals(List.of(0, 1, 2), buckets(round));
        assertEquals(MORE, round.get(0).startKey(), "bucket 0 continues where its page stopped");
        walk.accept(round.get(2), last("c1", "c2"));
        walk.accept(round.get(1), last("b1"));
        walk.accept(round.get(0), last("a2"));
        walk.takeInto(ids, 10);
        assertEquals(List.of("a1", "a2", "b1", "c1", "c2"), ids);
        assertTrue(walk.finished());
        assertEquals(List.of(), walk.nextRound());
    }

    @Test
    void takeInto_stopsAtTheBatchSize_andWhereTheCurrentBucketNeedsAPage() {
        BucketWalk walk = new BucketWalk(new int[] {0, 1}, 16);
        walk.accept(walk.nextRound().get(0), new IdPage(List.of("a1", "a2", "a3"), MORE));
        List<String> ids = new ArrayList<>();
        walk.takeInto(ids, 2);
        assertEquals(List.of("a1", "a2"), ids);
        ids.clear();
        walk.takeInto(ids, 2);
        assertEquals(List.of("a3"), ids, "bucket 0 has another page, so bucket 1 must wait");
        assertFalse(walk.finished());
    }

    @Test
    void bucketsWithUnreadIds_areNotAskedAgain_andCountAgainstMaxPages() {
        BucketWalk walk = new BucketWalk(new int[] {0, 1, 2, 3, 4}, 3);
        walk.accept(walk.nextRound().get(0), new IdPage(List.of("a1"), MORE));
        List<String> ids = new ArrayList<>();
        walk.takeInto(ids, 10);
        List<BucketWalk.PageRequest> round = walk.nextRound();
        assertEquals(List.of(0, 1, 2), buckets(round));
        walk.accept(round.get(0), new IdPage(List.of("a2"), MORE));
        walk.accept(round.get(1), last("b1"));
        walk.accept(round.get(2), last("c1"));
        walk.takeInto(ids, 10);
        assertEquals(List.of("a1", "a2"), ids);
        assertEquals(List.of(0), buckets(walk.nextRound()), "buckets 1 and 2 hold a page each: with bucket 0's, three");
    }

    @Test
    void emptyBuckets_areSkipped_andTheWalkFinishes() {
        BucketWalk walk = new BucketWalk(new int[] {0, 1, 2}, 16);
        walk.accept(walk.nextRound().get(0), last());
        List<String> ids = new ArrayList<>();
        walk.takeInto(ids, 5);
        List<BucketWalk.PageRequest> round = walk.nextRound();
        assertEquals(List.of(1, 2), buckets(round));
        walk.accept(round.get(0), last());
        walk.accept(round.get(1), last("c1"));
        walk.takeInto(ids, 5);
        assertEquals(List.of("c1"), ids);
        assertTrue(walk.finished());
    }

    @Test
    void withMaxPagesOne_everyRoundAsksForOnePage() {
        BucketWalk walk = new BucketWalk(new int[] {0, 1, 2}, 1);
        walk.accept(walk.nextRound().get(0), last("a1"));
        walk.takeInto(new ArrayList<>(), 5);
        assertEquals(List.of(1), buckets(walk.nextRound()));
    }
}
