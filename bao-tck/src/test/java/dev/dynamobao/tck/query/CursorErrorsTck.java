package dev.dynamobao.tck.query;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.query.InvalidCursorException;
import dev.dynamobao.query.SortCondition;
import dev.dynamobao.tck.model.AppEntity;
import dev.dynamobao.test.BaoTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cursors that were tampered with, or belong to another model, index, partition or sort range, are rejected clearly. */
@BaoTest(entities = {Gizmo.class, AppEntity.class})
class CursorErrorsTck {

    @BeforeAll
    static void persistItems(BaoEntityManagerFactory bao) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            for (int position = 1; position <= 6; position++) {
                em.persist(new Gizmo("a", position, "a" + position, "on"));
                em.persist(new Gizmo("b", position, "b" + position, "on"));
                AppEntity entity = new AppEntity();
                entity.setAppId("app");
                entity.setEntityId("e" + position);
                em.persist(entity);
            }
        }
    }

    private static String shelfCursor(BaoEntityManager em, String shelf) {
        String cursor = em.query(Gizmo.class).partition(shelf).limit(2).page().cursor().orElseThrow();
        assertNotNull(cursor);
        return cursor;
    }

    @Test
    void tamperedCursor_throwsInvalidCursor(BaoEntityManager em) {
        String cursor = shelfCursor(em, "a");
        char last = cursor.charAt(cursor.length() / 2);
        String tampered = cursor.substring(0, cursor.length() / 2) + (last == 'A' ? 'B' : 'A') + cursor.substring(cursor.length() / 2 + 1);
        InvalidCursorException failure = assertThrows(InvalidCursorException.class,
                () -> em.query(Gizmo.class).partition("a").startAfter(tampered).page());
        assertTrue(failure.getMessage().contains("altered"), failure.getMessage());
    }

    @Test
    void garbageCursor_throwsInvalidCursor(BaoEntityManager em) {
        assertThrows(InvalidCursorException.class, () -> em.query(Gizmo.class).partition("a").startAfter("not a cursor!").page());
        assertThrows(InvalidCursorException.class, () -> em.query(Gizmo.class).partition("a").startAfter("").page());
        assertThrows(InvalidCursorException.class, () -> em.query(Gizmo.class).partition("a").startAfter("abc").stream().findFirst());
    }

    @Test
    void cursorOfAnotherModel_throwsInvalidCursor(BaoEntityManager em) {
        String cursor = em.query(AppEntity.class).partition("app").limit(2).page().cursor().orElseThrow();
        InvalidCursorException failure = assertThrows(InvalidCursorException.class,
                () -> em.query(Gizmo.class).partition("a").startAfter(cursor).page());
        assertTrue(failure.getMessage().contains("AppEntity"), failure.getMessage());
    }

    @Test
    void cursorOfAnotherIndex_throwsInvalidCursor(BaoEntityManager em) {
        String cursor = em.query(Gizmo.class).index("byStatus").partition("on").limit(2).page().cursor().orElseThrow();
        InvalidCursorException failure = assertThrows(InvalidCursorException.class,
                () -> em.query(Gizmo.class).partition("a").startAfter(cursor).page());
        assertTrue(failure.getMessage().contains("byStatus"), failure.getMessage());
    }

    @Test
    void cursorOfAnotherPartition_throwsInvalidCursor(BaoEntityManager em) {
        String cursor = shelfCursor(em, "a");
        InvalidCursorException failure = assertThrows(InvalidCursorException.class,
                () -> em.query(Gizmo.class).partition("b").startAfter(cursor).page());
        assertTrue(failure.getMessage().contains("partition"), failure.getMessage());
    }

    @Test
    void cursorOutsideTheSortCondition_throwsInvalidCursor(BaoEntityManager em) {
        String cursor = shelfCursor(em, "a");
        assertThrows(InvalidCursorException.class,
                () -> em.query(Gizmo.class).partition("a").sort(SortCondition.gt(4)).startAfter(cursor).page());
    }
}
