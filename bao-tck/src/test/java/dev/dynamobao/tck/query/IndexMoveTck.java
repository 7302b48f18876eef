package dev.dynamobao.tck.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.test.BaoTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changing a field that feeds a GSI key moves the entity to the other partition of that index. */
@BaoTest(entities = Gizmo.class)
class IndexMoveTck {

    private static List<Integer> inStatus(BaoEntityManagerFactory bao, String status) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            return em.query(Gizmo.class).index("byStatus").partition(status).list().stream().map(Gizmo::getPosition).toList();
        }
    }

    @Test
    void save_afterChangingTheIndexPartitionField_movesTheEntity(BaoEntityManagerFactory bao) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(new Gizmo("move", 1, "mover", "move-draft"));
            em.persist(new Gizmo("move", 2, "stayer", "move-draft"));
        }
        assertEquals(List.of(1, 2), inStatus(bao, "move-draft"));
        try (BaoEntityManager em = bao.createEntityManager()) {
            Gizmo mover = em.query(Gizmo.class).index("byStatus").partition("move-draft").list().get(0);
            mover.setStatus("move-live");
            em.save(mover);
        }
        assertEquals(List.of(2), inStatus(bao, "move-draft"));
        assertEquals(List.of(1), inStatus(bao, "move-live"));
    }

    @Test
    void flush_afterChangingTheIndexSortField_reordersWithinThePartition(BaoEntityManagerFactory bao) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(new Gizmo("order", 1, "zeta-order", "order-any"));
            em.persist(new Gizmo("order", 2, "beta-order", "order-any"));
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            List<String> before = em.query(Gizmo.class).index("allByName").list().stream().map(Gizmo::getName)
                    .filter(name -> name.endsWith("-order")).toList();
            assertEquals(List.of("beta-order", "zeta-order"), before);
            Gizmo zeta = em.find(Gizmo.class, em.primaryId(Gizmo.class, "order", 1)).orElseThrow();
            zeta.setName("alpha-order");
            em.flush();
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            List<String> after = em.query(Gizmo.class).index("allByName").list().stream().map(Gizmo::getName)
                    .filter(name -> name.endsWith("-order")).toList();
            assertTrue(after.indexOf("alpha-order") < after.indexOf("beta-order"), after.toString());
        }
    }

    @Test
    void inOneUnitOfWork_savedChangeIsVisibleToTheNextQuery(BaoEntityManagerFactory bao) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(new Gizmo("uow", 1, "uow-one", "uow-old"));
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            Gizmo gizmo = em.query(Gizmo.class).index("byStatus").partition("uow-old").list().get(0);
            gizmo.setStatus("uow-new");
            em.save(gizmo);
            List<Gizmo> moved = em.query(Gizmo.class).index("byStatus").partition("uow-new").list();
            assertEquals(1, moved.size());
            assertTrue(moved.get(0) == gizmo, "the identity map returns the managed instance");
            assertTrue(em.query(Gizmo.class).index("byStatus").partition("uow-old").list().isEmpty());
        }
    }
}
