package dev.dynamobao.tck.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.BaoException;
import dev.dynamobao.DataAccessException;
import dev.dynamobao.EntityExistsException;
import dev.dynamobao.EntityNotFoundException;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.query.UnknownFieldException;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The error model of SPEC §8 against a real backend: every failure is a {@link BaoException}
 * whose message names model, key or table and the fix, with the AWS exception kept as the cause.
 */
@BaoTest(entities = {Member.class, Slot.class})
class ErrorModelTck {

    @Test
    void missingTable_isADataAccessException_namingTheTableAndSayingToCreateIt(DynamoDbClient client) {
        RequestCounter requests = new RequestCounter();
        try (BaoEntityManagerFactory bao = Bao.configure().client(client).table("no-such-table").entities(Member.class)
                .requestListener(requests).build();
             BaoEntityManager em = bao.createEntityManager()) {
            DataAccessException failure = assertThrows(DataAccessException.class,
                    () -> em.find(Member.class, "01HK421PSE1Z4KGPSHDWV0D589"));
            assertTrue(failure.getMessage().contains("'no-such-table'"), failure.getMessage());
            assertTrue(failure.getMessage().contains("ensureTable()"), failure.getMessage());
            assertTrue(failure.getMessage().contains("Member '01HK421PSE1Z4KGPSHDWV0D589'"), failure.getMessage());
            assertInstanceOf(ResourceNotFoundException.class, failure.getCause());
            assertEquals(1, requests.total(), "the failed request is still reported to listeners");
        }
    }

    @Test
    void missingTable_onWrite_isADataAccessException_too(DynamoDbClient client) {
        try (BaoEntityManagerFactory bao = Bao.configure().client(client).table("no-such-table").entities(Member.class).build();
             BaoEntityManager em = bao.createEntityManager()) {
            DataAccessException failure = assertThrows(DataAccessException.class, () -> em.persist(Member.named("Ann")));
            assertTrue(failure.getMessage().contains("create Member") && failure.getMessage().contains("'no-such-table'"),
                    failure.getMessage());
            assertInstanceOf(ResourceNotFoundException.class, failure.getCause());
        }
    }

    @Test
    void persistingAnExistingKey_isEntityExists_namingModelAndKey(BaoEntityManagerFactory bao) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(Slot.of("room-1", "09:00"));
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            EntityExistsException failure = assertThrows(EntityExistsException.class, () -> em.persist(Slot.of("room-1", "09:00")));
            assertTrue(failure.getMessage().contains("Slot 'room-1##__SK__##09:00' already exists"), failure.getMessage());
            assertTrue(failure.getCause() != null, "the AWS condition failure is kept as cause");
        }
    }

    @Test
    void updatingAnItemDeletedMeanwhile_isEntityNotFound_namingModelAndKey(BaoEntityManagerFactory bao, DynamoDbClient client,
                                                                          @TableName String table) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            Member member = Member.named("Ann");
            em.persist(member);
            client.deleteItem(DeleteItemRequest.builder().tableName(table)
                    .key(Map.of("_pk", AttributeValue.fromS("vm#" + member.getMemberId()), "_sk", AttributeValue.fromS("vm"))).build());
            member.setName("Anna");
            EntityNotFoundException failure = assertThrows(EntityNotFoundException.class, em::flush);
            assertTrue(failure.getMessage().contains("Member '" + member.getMemberId() + "'"), failure.getMessage());
            assertTrue(failure.getCause() != null, "the AWS condition failure is kept as cause");
        }
    }

    @Test
    void unregisteredEntity_isABaoException_sayingHowToRegisterIt(BaoEntityManager em) {
        BaoException failure = assertThrows(BaoException.class, () -> em.find(String.class, "x"));
        assertTrue(failure.getMessage().contains("java.lang.String") && failure.getMessage().contains("entities("),
                failure.getMessage());
    }

    @Test
    void uniqueLookupOnAFieldWithoutConstraint_namesTheConstrainedFields(BaoEntityManager em) {
        UnknownFieldException failure = assertThrows(UnknownFieldException.class,
                () -> em.findByUnique(Member.class, "email", "ann@example.com"));
        assertTrue(failure.getMessage().contains("Member") && failure.getMessage().contains("'email'"), failure.getMessage());
    }

    @Test
    void closedEntityManager_isRejected_sayingToCreateANewOne(BaoEntityManagerFactory bao) {
        BaoEntityManager em = bao.createEntityManager();
        em.close();
        BaoException failure = assertThrows(BaoException.class, () -> em.find(Member.class, "01HK421PSE1Z4KGPSHDWV0D589"));
        assertTrue(failure.getMessage().contains("closed") && failure.getMessage().contains("createEntityManager"),
                failure.getMessage());
    }

    @Test
    void everyLibraryException_isABaoException() {
        for (Class<?> type : List.of(DataAccessException.class, EntityExistsException.class, EntityNotFoundException.class,
                UnknownFieldException.class, dev.dynamobao.ValidationException.class, dev.dynamobao.ThrottledException.class,
                dev.dynamobao.ModelDefinitionException.class, dev.dynamobao.OptimisticLockException.class,
                dev.dynamobao.UniqueConstraintViolationException.class, dev.dynamobao.TransactionCancelledException.class,
                dev.dynamobao.MissingTenantException.class, dev.dynamobao.MissingUnitOfWorkException.class)) {
            assertTrue(BaoException.class.isAssignableFrom(type), type.getName());
            assertTrue(RuntimeException.class.isAssignableFrom(type), type.getName());
        }
    }
}
