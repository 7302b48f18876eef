package dev.dynamobao.tck.unitofwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.BaoException;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.tck.model.Tag;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.test.BaoTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The identity map of one entity manager: one instance per key, read at most once; remove, detach, clear, close. */
@BaoTest(entities = {User.class, Tag.class})
class IdentityMapTck {

    private static String persistedTag(BaoEntityManagerFactory bao, String name) {
        Tag tag = new Tag();
        tag.setName(name);
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(tag);
        }
        return tag.getTagId();
    }

    @Test
    void findTwice_returnsTheSameInstance_withOneGetItem(BaoEntityManagerFactory bao, RequestCounter requests) {
        String id = persistedTag(bao, "twice");
        requests.reset();
        try (BaoEntityManager em = bao.createEntityManager()) {
            Tag first = em.find(Tag.class, id).orElseThrow();
            Tag second = em.find(Tag.class, id).orElseThrow();
            assertSame(first, second);
            assertTrue(em.contains(first));
        }
        assertEquals(1, requests.count(DynamoOperation.GET_ITEM));
        assertEquals(1, requests.total());
    }

    @Test
    void findAfterFindAll_isServedFromTheIdentityMap(BaoEntityManagerFactory bao, RequestCounter requests) {
        String a = persistedTag(bao, "a");
        String b = persistedTag(bao, "b");
        requests.reset();
        try (BaoEntityManager em = bao.createEntityManager()) {
            List<Tag> tags = em.findAll(Tag.class, List.of(a, b)).items();
            assertSame(tags.get(1), em.find(Tag.class, b).orElseThrow());
            assertSame(tags.get(0), em.findAll(Tag.class, List.of(a)).items().get(0));
        }
        assertEquals(1, requests.total(), requests::toString);
    }

    @Test
    void persistedEntity_isManaged_andFoundWithoutARead(BaoEntityManager em, RequestCounter requests) {
        Tag tag = new Tag();
        tag.setName("new");
        em.persist(tag);
        requests.reset();

        assertSame(tag, em.find(Tag.class, tag.getTagId()).orElseThrow());
        assertEquals(0, requests.total());
    }

    @Test
    void remove_evictsTheEntity_soTheNextFindReadsAgainAndFindsNothing(BaoEntityManagerFactory bao, RequestCounter requests) {
        String id = persistedTag(bao, "removed");
        requests.reset();
        try (BaoEntityManager em = bao.createEntityManager()) {
            Tag tag = em.find(Tag.class, id).orElseThrow();
            em.remove(tag);
            assertFalse(em.contains(tag));
            assertTrue(em.find(Tag.class, id).isEmpty());
        }
        assertEquals(2, requests.count(DynamoOperation.GET_ITEM), requests::toString);
        assertEquals(1, requests.count(DynamoOperation.DELETE_ITEM), requests::toString);
    }

    @Test
    void detach_forgetsOneEntity_andItsChanges(BaoEntityManagerFactory bao, RequestCounter requests) {
        String id = persistedTag(bao, "detached");
        requests.reset();
        try (BaoEntityManager em = bao.createEntityManager()) {
            Tag tag = em.find(Tag.class, id).orElseThrow();
            tag.setName("changed but detached");
            em.detach(tag);
            assertFalse(em.contains(tag));
            em.flush();
            Tag again = em.find(Tag.class, id).orElseThrow();
            assertNotSame(tag, again);
            assertEquals("detached", again.getName());
        }
        assertEquals(2, requests.count(DynamoOperation.GET_ITEM), requests::toString);
        assertEquals(0, requests.count(DynamoOperation.UPDATE_ITEM), requests::toString);
    }

    @Test
    void clear_detachesEverything_keepsTheCapacityTotal(BaoEntityManagerFactory bao, RequestCounter requests) {
        String id = persistedTag(bao, "cleared");
        requests.reset();
        try (BaoEntityManager em = bao.createEntityManager()) {
            Tag tag = em.find(Tag.class, id).orElseThrow();
            double spent = em.consumedCapacity().readUnits();
            em.clear();
            assertFalse(em.contains(tag));
            assertEquals(spent, em.consumedCapacity().readUnits(), 1e-9);
            assertNotSame(tag, em.find(Tag.class, id).orElseThrow());
        }
        assertEquals(2, requests.count(DynamoOperation.GET_ITEM), requests::toString);
    }

    @Test
    void close_detachesEverything_andRejectsFurtherUse(BaoEntityManagerFactory bao) {
        String id = persistedTag(bao, "closed");
        BaoEntityManager em = bao.createEntityManager();
        Tag tag = em.find(Tag.class, id).orElseThrow();
        em.close();
        em.close();

        assertFalse(em.isOpen());
        assertFalse(em.contains(tag));
        BaoException failure = assertThrows(BaoException.class, () -> em.find(Tag.class, id));
        assertTrue(failure.getMessage().contains("closed"), failure.getMessage());
        assertThrows(BaoException.class, () -> em.findAsync(Tag.class, id));
        assertThrows(BaoException.class, em::flush);
    }

    @Test
    void entityManagers_doNotShareTheirIdentityMaps(BaoEntityManagerFactory bao) {
        String id = persistedTag(bao, "shared");
        try (BaoEntityManager first = bao.createEntityManager(); BaoEntityManager second = bao.createEntityManager()) {
            Tag mine = first.find(Tag.class, id).orElseThrow();
            mine.setName("only in memory");
            Tag theirs = second.find(Tag.class, id).orElseThrow();
            assertNotSame(mine, theirs);
            assertEquals("shared", theirs.getName());
        }
    }
}
