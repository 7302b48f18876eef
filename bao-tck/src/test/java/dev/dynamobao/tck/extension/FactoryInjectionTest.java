package dev.dynamobao.tck.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@BaoTest(entities = Note.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FactoryInjectionTest {

    private static BaoEntityManager previousTestsEntityManager;

    private BaoEntityManager beforeEachEntityManager;

    @BeforeEach
    void setUp(BaoEntityManager entityManager) {
        beforeEachEntityManager = entityManager;
        entityManager.find(Note.class, "set-up-read");
    }

    @Test
    @Order(1)
    void factory_isBuiltForTheTestTable_withTheEntitiesAndTheCounter(BaoEntityManagerFactory factory,
            BaoEntityManagerFactory again, @TableName String table, RequestCounter counter, DynamoDbClient client) {
        assertSame(factory, again);
        assertEquals(table, factory.configuration().table());
        assertEquals(List.of(Note.class), factory.entityClasses());
        assertTrue(factory.configuration().requestListeners().contains(counter));
        assertSame(client, factory.client());
    }

    @Test
    @Order(2)
    void entityManager_isSharedWithBeforeEach_andOpen(BaoEntityManager entityManager) {
        assertSame(beforeEachEntityManager, entityManager);
        assertTrue(entityManager.isOpen());
        previousTestsEntityManager = entityManager;
    }

    @Test
    @Order(3)
    void entityManager_isNewPerTest_andThePreviousOneIsClosed(BaoEntityManager entityManager) {
        assertNotSame(previousTestsEntityManager, entityManager);
        assertFalse(previousTestsEntityManager.isOpen());
    }

    @Test
    @Order(4)
    void requestCounter_countsOnlyWhatTheTestMethodSends(BaoEntityManager entityManager, RequestCounter counter) {
        assertEquals(0, counter.total(), "the @BeforeEach read is not counted: " + counter);

        assertTrue(entityManager.find(Note.class, "missing").isEmpty());

        assertTrue(counter.total() >= 1, counter::toString);
    }
}
