package dev.dynamobao.tck.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.query.Filter;
import dev.dynamobao.query.Page;
import dev.dynamobao.query.QueryBuilder;
import dev.dynamobao.test.BaoTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pages and cursors: several pages in both directions without duplicates or gaps, {@code limit}
 * meaning "n matching items" under a filter with a cursor that resumes exactly after the last
 * returned item, lazy streams and complete lists.
 */
@BaoTest(entities = Gizmo.class)
class PaginationTck {

    private static final String SHELF = "pages";
    private static final int ITEMS = 25;

    @BeforeAll
    static void persistGizmos(BaoEntityManagerFactory bao) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            for (int position = 1; position <= ITEMS; position++) {
                Gizmo gizmo = new Gizmo(SHELF, position, "g" + position, position % 3 == 0 ? "third" : "other");
                gizmo.setSize(position);
                em.persist(gizmo);
            }
        }
    }

    /** Reads every page of a query, checking page sizes; returns the positions in the order read. */
    private static List<List<Integer>> pages(Supplier<QueryBuilder<Gizmo>> query) {
        List<List<Integer>> pages = new ArrayList<>();
        String cursor = null;
        do {
            QueryBuilder<Gizmo> builder = query.get();
            if (cursor != null) {
                builder.startAfter(cursor);
            }
            Page<Gizmo> page = builder.page();
            pages.add(page.items().stream().map(Gizmo::getPosition).toList());
            cursor = page.cursor().orElse(null);
        } while (cursor != null && pages.size() < 100);
        return pages;
    }

    private static List<Integer> flat(List<List<Integer>> pages) {
        return pages.stream().flatMap(List::stream).toList();
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    private static List<Integer> reversed(List<Integer> list) {
        List<Integer> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    @Test
    void ascending_acrossFourPages_noDuplicatesNoGaps(BaoEntityManagerFactory bao) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            List<List<Integer>> pages = pages(() -> em.query(Gizmo.class).partition(SHELF).limit(7));
            assertEquals(List.of(range(1, 7), range(8, 14), range(15, 21), range(22, 25)), pages);
        }
    }

    @Test
    void descending_acrossFourPages_noDuplicatesNoGaps(BaoEntityManagerFactory bao) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            List<List<Integer>> pages = pages(() -> em.query(Gizmo.class).partition(SHELF).descending().limit(7));
            assertEquals(4, pages.size());
            assertEquals(reversed(range(1, ITEMS)), flat(pages));
            assertEquals(List.of(25, 24, 23, 22, 21, 20, 19), pages.get(0));
        }
    }

    @Test
    void gsi_pagesInBothDirections(BaoEntityManagerFactory bao) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            List<Integer> thirds = IntStream.rangeClosed(1, ITEMS).filter(p -> p % 3 == 0).boxed().toList();
            List<List<Integer>> up = pages(() -> em.query(Gizmo.class).index("byStatus").partition("third").limit(3));
            assertEquals(3, up.size());
            assertEquals(thirds, flat(up));
            List<List<Integer>> down = pages(() -> em.query(Gizmo.class).index("byStatus").partition("third").descending().limit(3));
            assertEquals(reversed(thirds), flat(down));
        }
    }

    @Test
    void cursorsTravelBetweenEntityManagers(BaoEntityManagerFactory bao) {
        String cursor;
        try (BaoEntityManager em = bao.createEntityManager()) {
            cursor = em.query(Gizmo.class).partition(SHELF).limit(10).page().cursor().orElseThrow();
        }
        assertNotNull(cursor);
        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
        try (BaoEntityManager em = bao.createEntityManager()) {
            assertEquals(range(11, 15), em.query(Gizmo.class).partition(SHELF).limit(5).startAfter(cursor).page()
                    .items().stream().map(Gizmo::getPosition).toList());
        }
    }

    @Test
    void limitWithFilter_returnsExactlyNMatches_andResumesAfterTheLastReturned(BaoEntityManagerFactory bao, RequestCounter requests) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            Supplier<QueryBuilder<Gizmo>> query = () -> em.query(Gizmo.class).partition(SHELF).filter(Filter.gt("size", 2)).limit(4);
            Page<Gizmo> first = query.get().page();
            // DynamoDB evaluates 4 items per request: 1-4 give 2 matches, 5-8 give 4 more, of which 2 are kept.
            assertEquals(List.of(3, 4, 5, 6), first.items().stream().map(Gizmo::getPosition).toList());
            assertEquals(2, requests.count(DynamoOperation.QUERY));
            Page<Gizmo> second = query.get().startAfter(first.cursor().orElseThrow()).page();
            assertEquals(List.of(7, 8, 9, 10), second.items().stream().map(Gizmo::getPosition).toList());
            List<List<Integer>> all = pages(query);
            assertTrue(all.subList(0, all.size() - 1).stream().allMatch(page -> page.size() == 4), all.toString());
            assertEquals(range(3, ITEMS), flat(all));
        }
    }

    @Test
    void limitWithSelectiveFilter_readsFurtherPagesUntilNMatches(BaoEntityManagerFactory bao, RequestCounter requests) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            Page<Gizmo> page = em.query(Gizmo.class).partition(SHELF).filter(Filter.eq("status", "third")).limit(3).page();
            assertEquals(List.of(3, 6, 9), page.items().stream().map(Gizmo::getPosition).toList());
            assertTrue(requests.count(DynamoOperation.QUERY) > 1);
            assertTrue(page.consumedCapacity().readUnits() > 0);
            List<List<Integer>> all = pages(() -> em.query(Gizmo.class).partition(SHELF).filter(Filter.eq("status", "third")).limit(3));
            assertEquals(List.of(List.of(3, 6, 9), List.of(12, 15, 18), List.of(21, 24)), all);
        }
    }

    @Test
    void lastPage_hasNoCursor(BaoEntityManager em) {
        Page<Gizmo> last = em.query(Gizmo.class).partition(SHELF).limit(30).page();
        assertEquals(ITEMS, last.count());
        assertTrue(last.cursor().isEmpty());
        assertTrue(last.cursor().isEmpty());
    }

    @Test
    void stream_readsPagesLazily(BaoEntityManager em, RequestCounter requests) {
        List<Integer> firstSeven = em.query(Gizmo.class).partition(SHELF).limit(5).stream().limit(7).map(Gizmo::getPosition).toList();
        assertEquals(range(1, 7), firstSeven);
        assertEquals(2, requests.count(DynamoOperation.QUERY));
    }

    @Test
    void stream_andList_returnEveryMatchOnce(BaoEntityManager em) {
        List<Integer> streamed = em.query(Gizmo.class).partition(SHELF).limit(4).stream().map(Gizmo::getPosition).toList();
        assertEquals(range(1, ITEMS), streamed);
        List<Integer> listed = em.query(Gizmo.class).partition(SHELF).filter(Filter.eq("status", "third")).limit(2).list()
                .stream().map(Gizmo::getPosition).toList();
        assertEquals(List.of(3, 6, 9, 12, 15, 18, 21, 24), listed);
        assertEquals(listed.size(), new HashSet<>(listed).size());
    }

    @Test
    void stream_startsAfterTheCursor(BaoEntityManager em) {
        String cursor = em.query(Gizmo.class).partition(SHELF).limit(20).page().cursor().orElseThrow();
        assertEquals(range(21, ITEMS), em.query(Gizmo.class).partition(SHELF).startAfter(cursor).stream().map(Gizmo::getPosition).toList());
    }
}
