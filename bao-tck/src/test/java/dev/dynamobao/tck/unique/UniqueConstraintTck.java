package dev.dynamobao.tck.unique;

import static dev.dynamobao.tck.support.RawItems.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.UniqueConstraintViolationException;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestEvent;
import dev.dynamobao.query.UnknownFieldException;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.tck.support.RawItems;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Unique constraints against the layout of {@code LAYOUT.md} §8: one transaction per write, the
 * raw constraint items, violations that write nothing, swaps, releases and lookups.
 */
@BaoTest(entities = {User.class, Member.class})
class UniqueConstraintTck {

    private static final RecordedRequests REQUESTS = new RecordedRequests();
    private static BaoEntityManagerFactory bao;
    private static RawItems raw;

    @BeforeAll
    static void buildFactory(DynamoDbClient client, @TableName String table) {
        bao = Bao.configure().client(client).table(table).entities(User.class, Member.class).requestListener(REQUESTS).build();
        raw = new RawItems(client, table);
    }

    @AfterAll
    static void closeFactory() {
        bao.close();
    }

    @BeforeEach
    void forgetRequests() {
        REQUESTS.clear();
    }

    private static User user(String name, String email) {
        User user = new User();
        user.setName(name);
        user.setEmail(email);
        return user;
    }

    private static String email(String name) {
        return name + "-" + System.nanoTime() + "@example.com";
    }

    private static String constraintPk(String email) {
        return "_raft_uc#_uc1#u#email:" + email;
    }

    private static Map<String, AttributeValue> constraintItem(String email) {
        return raw.get(constraintPk(email), "_raft_uc");
    }

    private static Map<String, AttributeValue> userItem(String id) {
        return raw.get("u#" + id, "u");
    }

    private void persist(Object entity) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(entity);
        }
    }

    @Test
    void persist_writesEntityAndConstraintItem_inOneTransaction() {
        String email = email("alice");
        User alice = user("Alice", email);
        persist(alice);

        List<RequestEvent> sent = REQUESTS.events();
        assertEquals(1, sent.size(), sent::toString);
        assertEquals(DynamoOperation.TRANSACT_WRITE_ITEMS, sent.get(0).operation());
        assertEquals(2, sent.get(0).itemCount(), "one claim + the entity");

        Map<String, AttributeValue> constraint = constraintItem(email);
        assertNotNull(constraint, "constraint item");
        assertEquals(Map.of(
                "_pk", AttributeValue.fromS(constraintPk(email)),
                "_sk", AttributeValue.fromS("_raft_uc"),
                "uniqueValue", AttributeValue.fromS(constraintPk(email)),
                "relatedId", AttributeValue.fromS(alice.getUserId()),
                "relatedModel", AttributeValue.fromS("User")), constraint);
        Map<String, AttributeValue> item = userItem(alice.getUserId());
        assertEquals(email, s(item, "email"));
    }

    @Test
    void persist_whenEmailTaken_throwsViolationNamingModelFieldAndValue_andWritesNothing() {
        String email = email("taken");
        User first = user("First", email);
        persist(first);
        User second = user("Second", email);

        UniqueConstraintViolationException violation;
        try (BaoEntityManager em = bao.createEntityManager()) {
            violation = assertThrows(UniqueConstraintViolationException.class, () -> em.persist(second));
            assertFalse(em.contains(second), "a failed persist does not manage the entity");
        }
        assertEquals("User", violation.model());
        assertEquals("email", violation.field());
        assertEquals(email, violation.value());
        assertTrue(violation.getMessage().contains("User.email") && violation.getMessage().contains(email), violation.getMessage());

        assertNull(second.getUserId() == null ? null : userItem(second.getUserId()), "no item for the rejected user");
        assertEquals(first.getUserId(), s(constraintItem(email), "relatedId"), "the constraint still belongs to the first user");
        long holding = raw.scan().stream().filter(stored -> email.equals(s(stored, "email"))).count();
        assertEquals(1, holding, "exactly one user item holds the e-mail");
    }

    @Test
    void persist_withTheSameValueInAnotherCase_isAnotherValue() {
        String email = email("Case");
        persist(user("Upper", email));
        User lower = user("Lower", email.toLowerCase());
        persist(lower);
        assertEquals(lower.getUserId(), s(constraintItem(email.toLowerCase()), "relatedId"));
    }

    @Test
    void changingEmail_swapsConstraintItemsInTheSameTransaction_andFreesTheOldValue() {
        String oldEmail = email("old");
        String newEmail = email("new");
        User bob = user("Bob", oldEmail);
        persist(bob);
        REQUESTS.clear();

        try (BaoEntityManager em = bao.createEntityManager()) {
            User loaded = em.find(User.class, bob.getUserId()).orElseThrow();
            loaded.setEmail(newEmail);
            em.flush();
        }
        List<RequestEvent> sent = REQUESTS.events();
        assertEquals(List.of(DynamoOperation.GET_ITEM, DynamoOperation.TRANSACT_WRITE_ITEMS), REQUESTS.operations());
        assertEquals(3, sent.get(1).itemCount(), "release old + claim new + update");
        assertNull(constraintItem(oldEmail), "old value released");
        assertEquals(bob.getUserId(), s(constraintItem(newEmail), "relatedId"));
        assertEquals(newEmail, s(userItem(bob.getUserId()), "email"));

        User carol = user("Carol", oldEmail);
        persist(carol);
        assertEquals(carol.getUserId(), s(constraintItem(oldEmail), "relatedId"), "another user can take the freed value");
        try (BaoEntityManager em = bao.createEntityManager()) {
            assertEquals(carol.getUserId(), em.findByUnique(User.class, "email", oldEmail).orElseThrow().getUserId());
            assertEquals(bob.getUserId(), em.findByUnique(User.class, "email", newEmail).orElseThrow().getUserId());
        }
    }

    @Test
    void changingEmail_toATakenValue_throwsViolation_andChangesNothing() {
        String bobEmail = email("bob");
        String daveEmail = email("dave");
        User bob = user("Bob", bobEmail);
        User dave = user("Dave", daveEmail);
        persist(bob);
        persist(dave);

        try (BaoEntityManager em = bao.createEntityManager()) {
            User loaded = em.find(User.class, dave.getUserId()).orElseThrow();
            loaded.setEmail(bobEmail);
            loaded.setName("Dave renamed");
            UniqueConstraintViolationException violation = assertThrows(UniqueConstraintViolationException.class, em::flush);
            assertEquals(bobEmail, violation.value());
        }
        assertEquals(daveEmail, s(userItem(dave.getUserId()), "email"));
        assertEquals("Dave", s(userItem(dave.getUserId()), "name"));
        assertEquals(dave.getUserId(), s(constraintItem(daveEmail), "relatedId"), "dave keeps his value");
        assertEquals(bob.getUserId(), s(constraintItem(bobEmail), "relatedId"), "bob keeps his value");
    }

    @Test
    void changingAnotherField_sendsAPlainUpdate_withoutConstraintParts() {
        User erin = user("Erin", email("erin"));
        persist(erin);
        REQUESTS.clear();
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.find(User.class, erin.getUserId()).orElseThrow().setName("Erin B.");
            em.flush();
        }
        assertEquals(List.of(DynamoOperation.GET_ITEM, DynamoOperation.UPDATE_ITEM), REQUESTS.operations());
    }

    @Test
    void remove_releasesTheConstraintItem_inOneTransaction() {
        String email = email("gone");
        User frank = user("Frank", email);
        persist(frank);
        REQUESTS.clear();
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.remove(em.find(User.class, frank.getUserId()).orElseThrow());
        }
        List<RequestEvent> sent = REQUESTS.events();
        assertEquals(List.of(DynamoOperation.GET_ITEM, DynamoOperation.TRANSACT_WRITE_ITEMS), REQUESTS.operations());
        assertEquals(2, sent.get(1).itemCount(), "delete + release");
        assertNull(userItem(frank.getUserId()));
        assertNull(constraintItem(email));

        User again = user("Frank again", email);
        persist(again);
        assertEquals(again.getUserId(), s(constraintItem(email), "relatedId"));
    }

    @Test
    void findByUnique_returnsTheManagedEntity_orEmpty() {
        String email = email("gina");
        User gina = user("Gina", email);
        persist(gina);
        try (BaoEntityManager em = bao.createEntityManager()) {
            REQUESTS.clear();
            User found = em.findByUnique(User.class, "email", email).orElseThrow();
            assertEquals(gina.getUserId(), found.getUserId());
            assertEquals(List.of(DynamoOperation.GET_ITEM, DynamoOperation.GET_ITEM), REQUESTS.operations(),
                    "constraint item, then the entity");
            assertSame(found, em.find(User.class, gina.getUserId()).orElseThrow(), "joins the identity map");
            assertSame(found, em.findByUnique(User.class, "uniqueEmail", email).orElseThrow(), "by constraint name too");
            assertTrue(em.findByUnique(User.class, "email", "nobody-" + email).isEmpty());
            assertTrue(em.findByUnique(User.class, "email", null).isEmpty());
        }
    }

    @Test
    void findByUnique_onAFieldWithoutConstraint_namesTheUniqueFields() {
        try (BaoEntityManager em = bao.createEntityManager()) {
            UnknownFieldException failure = assertThrows(UnknownFieldException.class, () -> em.findByUnique(User.class, "name", "x"));
            assertTrue(failure.getMessage().contains("email"), failure.getMessage());
        }
    }

    @Test
    void optionalUniqueFields_claimFromNull_releaseToNull_andKeepOtherSlots() {
        Member member = new Member("Hal", null, "+1-555-0100-" + System.nanoTime());
        persist(member);
        String phone = member.getPhone();
        String id = member.getMemberId();
        String phonePk = "_raft_uc#_uc2#mb#phone:" + phone;
        assertEquals(id, s(raw.get(phonePk, "_raft_uc"), "relatedId"));
        assertEquals(1, REQUESTS.events().get(0).itemCount() - 1, "only the non-null value is claimed");

        String handle = "hal-" + System.nanoTime();
        String handlePk = "_raft_uc#_uc1#mb#handle:" + handle;
        try (BaoEntityManager em = bao.createEntityManager()) {
            Member loaded = em.find(Member.class, id).orElseThrow();
            loaded.setHandle(handle);
            loaded.setPhone(null);
            REQUESTS.clear();
            em.flush();
        }
        assertEquals(3, REQUESTS.events().get(0).itemCount(), "release phone + claim handle + update");
        assertNull(raw.get(phonePk, "_raft_uc"), "phone released");
        assertEquals(id, s(raw.get(handlePk, "_raft_uc"), "relatedId"));
        Map<String, AttributeValue> stored = raw.get("mb#" + id, "mb");
        assertFalse(stored.containsKey("phone"));
        assertEquals(Set.of("_pk", "_sk", "memberId", "name", "handle"), stored.keySet(), "non-iterable: no iteration keys");

        try (BaoEntityManager em = bao.createEntityManager()) {
            REQUESTS.clear();
            em.remove(em.find(Member.class, id).orElseThrow());
        }
        assertEquals(2, REQUESTS.events().get(1).itemCount(), "delete + release handle only");
        assertNull(raw.get(handlePk, "_raft_uc"));
        assertNull(raw.get("mb#" + id, "mb"));
    }
}
