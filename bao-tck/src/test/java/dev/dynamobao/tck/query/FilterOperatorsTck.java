package dev.dynamobao.tck.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.ValidationException;
import dev.dynamobao.query.Filter;
import dev.dynamobao.query.UnknownFieldException;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.Capability;
import dev.dynamobao.test.RequiresCapability;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every filter operator of the seed, on fields named after DynamoDB reserved words
 * ({@code name}, {@code status}, {@code size}, {@code count}), nested freely.
 */
@BaoTest(entities = Gizmo.class)
class FilterOperatorsTck {

    private static final String SHELF = "filters";
    private static final Instant T0 = Instant.parse("2024-01-02T03:04:05.678Z");

    @BeforeAll
    static void persistGizmos(BaoEntityManagerFactory bao) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(gizmo(1, "alpha", "active", 1, 10, true, Set.of("red", "blue"), "n1"));
            em.persist(gizmo(2, "beta", "retired", 2, 20, false, Set.of("red"), null));
            em.persist(gizmo(3, "gamma", "active", 3, 30, true, Set.of(), "n3"));
            em.persist(gizmo(4, "alphabet", "draft", 4, 40, false, Set.of("blue", "green", "yellow"), null));
            em.persist(gizmo(5, "delta", "active", 5, 50, true, Set.of("green"), "has another word"));
        }
    }

    private static Gizmo gizmo(int position, String name, String status, int size, long count, boolean active,
                               Set<String> labels, String notes) {
        Gizmo gizmo = new Gizmo(SHELF, position, name, status);
        gizmo.setSize(size);
        gizmo.setCount(count);
        gizmo.setActive(active);
        gizmo.setLabels(new LinkedHashSet<>(labels));
        gizmo.setNotes(notes);
        gizmo.setMadeAt(T0.plusSeconds(position));
        return gizmo;
    }

    private static List<Integer> positions(BaoEntityManager em, Filter filter) {
        return em.query(Gizmo.class).partition(SHELF).filter(filter).list().stream().map(Gizmo::getPosition).toList();
    }

    @Test
    void eq_onReservedWordStatus_returnsMatches(BaoEntityManager em) {
        assertEquals(List.of(1, 3, 5), positions(em, Filter.eq("status", "active")));
    }

    @Test
    void ne_returnsTheOthers(BaoEntityManager em) {
        assertEquals(List.of(2, 4), positions(em, Filter.ne("status", "active")));
    }

    @Test
    void gt_and_gte_onReservedWordSize(BaoEntityManager em) {
        assertEquals(List.of(4, 5), positions(em, Filter.gt("size", 3)));
        assertEquals(List.of(3, 4, 5), positions(em, Filter.gte("size", 3)));
    }

    @Test
    void lt_and_lte_onReservedWordCount(BaoEntityManager em) {
        assertEquals(List.of(1, 2), positions(em, Filter.lt("count", 30L)));
        assertEquals(List.of(1, 2, 3), positions(em, Filter.lte("count", 30L)));
    }

    @Test
    void comparison_onDateField_convertsTheInstant(BaoEntityManager em) {
        assertEquals(List.of(4, 5), positions(em, Filter.gt("madeAt", T0.plusSeconds(3))));
    }

    @Test
    void in_onReservedWordName(BaoEntityManager em) {
        assertEquals(List.of(2, 5), positions(em, Filter.in("name", "beta", "delta", "zeta")));
    }

    @Test
    void between_isInclusive(BaoEntityManager em) {
        assertEquals(List.of(2, 3, 4), positions(em, Filter.between("size", 2, 4)));
    }

    @Test
    void beginsWith_matchesPrefix(BaoEntityManager em) {
        assertEquals(List.of(1, 4), positions(em, Filter.beginsWith("name", "alpha")));
    }

    @Test
    void contains_onString_matchesSubstring(BaoEntityManager em) {
        assertEquals(List.of(1, 4), positions(em, Filter.contains("name", "lph")));
    }

    @Test
    void contains_onStringSet_matchesElement(BaoEntityManager em) {
        assertEquals(List.of(1, 4), positions(em, Filter.contains("labels", "blue")));
    }

    @Test
    @RequiresCapability(Capability.SIZE_IN_FILTER_OVER_MISSING_ATTRIBUTE)
    void size_onStringSetAndString(BaoEntityManager em) {
        assertEquals(List.of(1, 4), positions(em, Filter.size("labels").gte(2)));
        assertEquals(List.of(2), positions(em, Filter.size("name").eq(4)));
    }

    @Test
    void exists_and_notExists(BaoEntityManager em) {
        assertEquals(List.of(1, 3, 5), positions(em, Filter.exists("notes")));
        assertEquals(List.of(2, 4), positions(em, Filter.notExists("notes")));
    }

    @Test
    void eq_onBoolean(BaoEntityManager em) {
        assertEquals(List.of(2, 4), positions(em, Filter.eq("active", false)));
    }

    @Test
    void and_or_not_combine(BaoEntityManager em) {
        assertEquals(List.of(3, 5), positions(em, Filter.and(Filter.eq("status", "active"), Filter.gt("size", 1))));
        assertEquals(List.of(2, 5), positions(em, Filter.or(Filter.eq("name", "beta"), Filter.eq("size", 5))));
        assertEquals(List.of(2, 4), positions(em, Filter.not(Filter.eq("status", "active"))));
    }

    @Test
    void nestedFilters_combineFreely(BaoEntityManager em) {
        Filter nested = Filter.and(
                Filter.or(Filter.beginsWith("name", "alpha"), Filter.contains("labels", "green")),
                Filter.not(Filter.exists("notes")));
        assertEquals(List.of(4), positions(em, nested));
        Filter deeper = Filter.or(Filter.not(Filter.or(Filter.lt("count", 20L), Filter.gt("count", 40L))),
                Filter.and(Filter.eq("active", true), Filter.contains("notes", "another")));
        assertEquals(List.of(2, 3, 4, 5), positions(em, deeper));
    }

    @Test
    void filterCalledTwice_combinesWithAnd(BaoEntityManager em) {
        List<Integer> positions = em.query(Gizmo.class).partition(SHELF)
                .filter(Filter.eq("status", "active")).filter(Filter.lt("size", 5)).list()
                .stream().map(Gizmo::getPosition).toList();
        assertEquals(List.of(1, 3), positions);
    }

    @Test
    void filter_onUnknownField_throwsUnknownFieldListingTheFields(BaoEntityManager em) {
        UnknownFieldException failure = assertThrows(UnknownFieldException.class,
                () -> positions(em, Filter.eq("colour", "red")));
        assertTrue(failure.getMessage().contains("colour"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Gizmo"), failure.getMessage());
        assertTrue(failure.getMessage().contains("status"), failure.getMessage());
    }

    @Test
    void operator_thatDoesNotFitTheField_throwsValidation(BaoEntityManager em) {
        ValidationException failure = assertThrows(ValidationException.class,
                () -> positions(em, Filter.beginsWith("size", "1")));
        assertTrue(failure.getMessage().contains("size"), failure.getMessage());
        assertThrows(ValidationException.class, () -> positions(em, Filter.eq("labels", "red")));
        assertThrows(ValidationException.class, () -> positions(em, Filter.eq("size", "three")));
    }
}
