package dev.dynamobao.tck.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.BaoException;
import dev.dynamobao.ValidationException;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.query.Page;
import dev.dynamobao.query.QueryBuilder;
import dev.dynamobao.query.SortCondition;
import dev.dynamobao.test.BaoTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Queries on the primary key, a primary-key alias, a GSI and a GSI partitioned by the model
 * prefix: partition equality, every sort-key condition, descending order, unit-of-work identity
 * and consumed capacity.
 */
@BaoTest(entities = Gizmo.class)
class KeyConditionsTck {

    private static final String SHELF = "keys";

    @BeforeAll
    static void persistGizmos(BaoEntityManagerFactory bao) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            for (int position = 1; position <= 12; position++) {
                // Positions 1..12 pad to 20 digits, so 10..12 sort after 9 (numeric order, LAYOUT.md §5).
                em.persist(new Gizmo(SHELF, position, "name-" + (char) ('a' + position), position % 2 == 0 ? "kc-even" : "kc-odd"));
            }
            em.persist(new Gizmo("other-shelf", 1, "elsewhere", "kc-odd"));
        }
    }

    private static List<Integer> positions(QueryBuilder<Gizmo> query) {
        return query.list().stream().map(Gizmo::getPosition).toList();
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
    void primaryKey_partitionOnly_returnsThePartitionInSortOrder(BaoEntityManager em) {
        assertEquals(range(1, 12), positions(em.query(Gizmo.class).partition(SHELF)));
    }

    @Test
    void primaryKey_descending_returnsReverseOrder(BaoEntityManager em) {
        assertEquals(reversed(range(1, 12)), positions(em.query(Gizmo.class).partition(SHELF).descending()));
    }

    @Test
    void sortConditions_eachOperator(BaoEntityManager em) {
        assertEquals(List.of(10), positions(em.query(Gizmo.class).partition(SHELF).sort(SortCondition.eq(10))));
        assertEquals(range(1, 9), positions(em.query(Gizmo.class).partition(SHELF).sort(SortCondition.lt(10))));
        assertEquals(range(1, 10), positions(em.query(Gizmo.class).partition(SHELF).sort(SortCondition.lte(10))));
        assertEquals(range(11, 12), positions(em.query(Gizmo.class).partition(SHELF).sort(SortCondition.gt(10))));
        assertEquals(range(10, 12), positions(em.query(Gizmo.class).partition(SHELF).sort(SortCondition.gte(10))));
        assertEquals(range(3, 11), positions(em.query(Gizmo.class).partition(SHELF).sort(SortCondition.between(3, 11))));
        // begins_with compares key forms: "0000000000000000001" prefixes 10, 11 and 12.
        assertEquals(range(10, 12), positions(em.query(Gizmo.class).partition(SHELF)
                .sort(SortCondition.beginsWith("0000000000000000001"))));
    }

    @Test
    void sortCondition_withDescending_returnsReverseOrder(BaoEntityManager em) {
        assertEquals(List.of(12, 11, 10, 9), positions(em.query(Gizmo.class).partition(SHELF).sort(SortCondition.gte(9)).descending()));
    }

    @Test
    void primaryKeyAlias_queriesThePrimaryKey(BaoEntityManager em) {
        assertEquals(range(4, 6), positions(em.query(Gizmo.class).index("onShelf").partition(SHELF).sort(SortCondition.between(4, 6))));
    }

    @Test
    void gsi_queriesThePartitionOfTheIndexField(BaoEntityManager em) {
        assertEquals(List.of(1, 1, 3, 5, 7, 9, 11), positions(em.query(Gizmo.class).index("byStatus").partition("kc-odd")));
        assertEquals(List.of(8, 10, 12), positions(em.query(Gizmo.class).index("byStatus").partition("kc-even").sort(SortCondition.gt(6))));
    }

    @Test
    void gsiPartitionedByModelPrefix_needsNoPartition(BaoEntityManager em) {
        List<String> names = em.query(Gizmo.class).index("allByName").sort(SortCondition.beginsWith("name-")).list()
                .stream().map(Gizmo::getName).toList();
        assertEquals(12, names.size());
        assertEquals(names.stream().sorted().toList(), names);
        assertEquals(13, em.query(Gizmo.class).index("allByName").list().size());
    }

    @Test
    void queriedEntities_joinTheUnitOfWork(BaoEntityManager em, RequestCounter requests) {
        Gizmo fromQuery = em.query(Gizmo.class).partition(SHELF).sort(SortCondition.eq(3)).page().items().get(0);
        Gizmo found = em.find(Gizmo.class, em.primaryId(Gizmo.class, SHELF, 3)).orElseThrow();
        assertSame(fromQuery, found);
        assertSame(fromQuery, em.query(Gizmo.class).index("byStatus").partition("kc-odd").sort(SortCondition.eq(3)).list().get(0));
        assertEquals(0, requests.count(DynamoOperation.GET_ITEM));
        assertEquals(2, requests.count(DynamoOperation.QUERY));
    }

    @Test
    void ambientApi_queriesOutsideAndInsideAUnitOfWork(BaoEntityManagerFactory bao) {
        assertEquals(range(1, 12), positions(bao.ambient().query(Gizmo.class).partition(SHELF)));
        bao.runInUnitOfWork(em -> {
            Gizmo first = bao.ambient().query(Gizmo.class).partition(SHELF).limit(1).page().items().get(0);
            assertSame(first, em.query(Gizmo.class).partition(SHELF).sort(SortCondition.eq(1)).list().get(0));
        });
    }

    @Test
    void page_reportsCountAndConsumedCapacity(BaoEntityManager em) {
        Page<Gizmo> page = em.query(Gizmo.class).partition(SHELF).page();
        assertEquals(12, page.count());
        assertTrue(page.cursor().isEmpty());
        assertTrue(page.consumedCapacity().readUnits() > 0, page.consumedCapacity().toString());
        assertEquals(page.consumedCapacity(), em.consumedCapacity());
    }

    @Test
    void unknownIndex_throwsListingTheIndexes(BaoEntityManager em) {
        BaoException failure = assertThrows(BaoException.class, () -> em.query(Gizmo.class).index("byColour"));
        assertTrue(failure.getMessage().contains("byColour"), failure.getMessage());
        assertTrue(failure.getMessage().contains("byStatus") && failure.getMessage().contains("allByName"), failure.getMessage());
    }

    @Test
    void missingPartition_throwsNamingTheField(BaoEntityManager em) {
        ValidationException failure = assertThrows(ValidationException.class, () -> em.query(Gizmo.class).index("byStatus").page());
        assertTrue(failure.getMessage().contains("status"), failure.getMessage());
    }

    @Test
    void partition_onIndexPartitionedByModelPrefix_throws(BaoEntityManager em) {
        assertThrows(ValidationException.class, () -> em.query(Gizmo.class).index("allByName").partition("x").page());
    }

    @Test
    void limit_belowOne_throws(BaoEntityManager em) {
        assertThrows(ValidationException.class, () -> em.query(Gizmo.class).limit(0));
    }
}
