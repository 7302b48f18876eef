package dev.dynamobao.tck.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.ValidationException;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.test.BaoTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Invalid values are rejected before any request is sent (the injected {@link RequestCounter}
 * stays at zero), with a message naming model and field.
 */
@BaoTest(entities = {Member.class, Slot.class})
class RuntimeValidationTck {

    private static void rejectedBeforeAnyRequest(RequestCounter requests, Executable action, String... fragments) {
        requests.reset();
        ValidationException failure = assertThrows(ValidationException.class, action);
        for (String fragment : fragments) {
            assertTrue(failure.getMessage().contains(fragment), () -> "'" + fragment + "' missing in: " + failure.getMessage());
        }
        assertEquals(0, requests.total(), () -> "requests were sent: " + requests);
    }

    @Test
    void persist_withoutARequiredField_isRejected(BaoEntityManager em, RequestCounter requests) {
        rejectedBeforeAnyRequest(requests, () -> em.persist(new Member()), "Member.name", "required");
    }

    @Test
    void persist_withAMalformedEmail_isRejected(BaoEntityManager em, RequestCounter requests) {
        Member member = Member.named("Ann");
        member.setEmail("ann.example.com");
        rejectedBeforeAnyRequest(requests, () -> em.persist(member), "Member.email", "ann.example.com", "e-mail");
    }

    @Test
    void persist_withAMalformedUlid_isRejected(BaoEntityManager em, RequestCounter requests) {
        Member member = Member.named("Ann");
        member.setReferralId("01hk421pse1z4kgpshdwv0d589");
        rejectedBeforeAnyRequest(requests, () -> em.persist(member), "Member.referralId", "ULID");
    }

    @Test
    void persist_withAnIdThatIsNotAUlid_isRejected(BaoEntityManager em, RequestCounter requests) {
        Member member = Member.named("Ann");
        member.setMemberId("member-1");
        rejectedBeforeAnyRequest(requests, () -> em.persist(member), "Member.memberId", "ULID");
    }

    @Test
    void persist_withANumberOutOfRange_isRejected(BaoEntityManager em, RequestCounter requests) {
        Member member = Member.named("Ann");
        member.setRating(5.5);
        rejectedBeforeAnyRequest(requests, () -> em.persist(member), "Member.rating", "5.5", "range");
    }

    @Test
    void persist_withAnEmptyString_isRejected_sayingToUseNull(BaoEntityManager em, RequestCounter requests) {
        Member member = Member.named("Ann");
        member.setNickname("");
        rejectedBeforeAnyRequest(requests, () -> em.persist(member), "Member.nickname", "empty", "null");
    }

    @Test
    void persist_reportsEveryInvalidFieldAtOnce(BaoEntityManager em, RequestCounter requests) {
        Member member = new Member();
        member.setEmail("nope");
        member.setRating(-1.0);
        rejectedBeforeAnyRequest(requests, () -> em.persist(member), "Member.name", "Member.email", "Member.rating");
    }

    @Test
    void persist_withTheKeySeparatorInAKeyValue_isRejected(BaoEntityManager em, RequestCounter requests) {
        rejectedBeforeAnyRequest(requests, () -> em.persist(Slot.of("room##__SK__##1", "10:00")), "Slot.room", "##__SK__##");
        rejectedBeforeAnyRequest(requests, () -> em.persist(Slot.of("room-1", "10:00##__SK__##x")), "Slot.time", "##__SK__##");
    }

    @Test
    void persist_withAnEmptyOrMissingKeyValue_isRejected(BaoEntityManager em, RequestCounter requests) {
        rejectedBeforeAnyRequest(requests, () -> em.persist(Slot.of("", "10:00")), "Slot.room");
        rejectedBeforeAnyRequest(requests, () -> em.persist(Slot.of("room-1", null)), "Slot.time");
    }

    @Test
    void findOrPrimaryId_withInvalidKeyParts_isRejected(BaoEntityManager em, RequestCounter requests) {
        rejectedBeforeAnyRequest(requests, () -> em.find(Member.class, ""), "Member");
        rejectedBeforeAnyRequest(requests, () -> em.primaryId(Slot.class, "a##__SK__##b", "c"), "Slot.room", "##__SK__##");
        rejectedBeforeAnyRequest(requests, () -> em.find(Slot.class, "no-separator"), "Slot", "composite");
    }

    @Test
    void flush_ofAnInvalidChange_isRejected_andWritesNothing(BaoEntityManagerFactory bao, RequestCounter requests) {
        Member member = Member.named("Ann");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(member);
            member.setEmail("not an address");
            rejectedBeforeAnyRequest(requests, em::flush, "Member.email");
        }
    }

    @Test
    void transaction_withOneInvalidEntity_sendsNothing(BaoEntityManager em, RequestCounter requests) {
        Member valid = Member.named("Ann");
        Member invalid = Member.named("Bob");
        invalid.setRating(99.0);
        rejectedBeforeAnyRequest(requests, () -> em.transaction(tx -> {
            tx.persist(valid);
            tx.persist(invalid);
        }), "Member.rating");
        assertTrue(em.find(Member.class, valid.getMemberId()).isEmpty(), "the valid entity was not written either");
    }

    @Test
    void ttlInThePast_isAllowed(BaoEntityManager em, RequestCounter requests) {
        Member member = Member.named("Ann");
        member.setTtl(Instant.EPOCH);
        assertDoesNotThrow(() -> em.persist(member));
        assertEquals(1, requests.count(DynamoOperation.PUT_ITEM));
    }
}
