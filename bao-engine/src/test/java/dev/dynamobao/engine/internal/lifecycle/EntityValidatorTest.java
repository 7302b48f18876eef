package dev.dynamobao.engine.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.EnhancementMode;
import dev.dynamobao.ValidationException;
import dev.dynamobao.annotation.Email;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.NumberRange;
import dev.dynamobao.annotation.Ttl;
import dev.dynamobao.annotation.Ulid;
import dev.dynamobao.engine.internal.convert.ConverterFactory;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.ModelRegistry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runtime validation of field values before any request ({@code EntityValidator}). */
class EntityValidatorTest {

    @Entity
    @Model(prefix = "acc")
    static final class Account {
        @Id String id;
        @Column(nullable = false) String name;
        @Email String email;
        @Ulid String externalId;
        @Version String version;
        @NumberRange(min = 0, max = 5) Double rating;
        @NumberRange(min = 1) int level = 1;
        Double score;
        @Ttl Instant ttl;
        String note;
    }

    private static final EntityModel MODEL = ModelRegistry.build(List.of(Account.class), new ConverterFactory(Map.of()),
            EnhancementMode.AUTO, false).model(Account.class);

    private static Account valid() {
        Account account = new Account();
        account.id = "a-1";
        account.name = "Ann";
        return account;
    }

    private static String rejection(Account account) {
        return assertThrows(ValidationException.class, () -> EntityValidator.validate(MODEL, account, MODEL.fields())).getMessage();
    }

    private static void accepted(Account account) {
        assertDoesNotThrow(() -> EntityValidator.validate(MODEL, account, MODEL.fields()));
    }

    @Test
    void validEntity_passes() {
        Account account = valid();
        account.email = "ann@example.com";
        account.externalId = "01HK421PSE1Z4KGPSHDWV0D589";
        account.version = "01HK421PSER5NA6D1HJ8YA04J9";
        account.rating = 5.0;
        account.score = -1e300;
        accepted(account);
    }

    @Test
    void requiredField_whenNull_isRejectedNamingModelAndField() {
        Account account = valid();
        account.name = null;
        String message = rejection(account);
        assertTrue(message.contains("Account.name") && message.contains("required"), message);
    }

    @Test
    void idField_isRequired() {
        Account account = valid();
        account.id = null;
        assertTrue(rejection(account).contains("Account.id is required"));
    }

    @Test
    void emptyString_isRejected_sayingToUseNull() {
        Account account = valid();
        account.note = "";
        String message = rejection(account);
        assertTrue(message.contains("Account.note") && message.contains("empty string") && message.contains("null"), message);
    }

    @Test
    void malformedEmail_isRejected() {
        for (String bad : List.of("ann", "ann@", "@example.com", "ann@example", "a nn@example.com", "ann@@example.com")) {
            Account account = valid();
            account.email = bad;
            String message = rejection(account);
            assertTrue(message.contains("Account.email") && message.contains("e-mail"), message);
        }
    }

    @Test
    void malformedUlid_isRejected() {
        for (String bad : List.of("01hk421pse1z4kgpshdwv0d589", "01HK421PSE1Z4KGPSHDWV0D58", "01HK421PSE1Z4KGPSHDWV0D5899",
                "01HK421PSE1Z4KGPSHDWV0D58U", "81HK421PSE1Z4KGPSHDWV0D589", "not-a-ulid")) {
            Account account = valid();
            account.externalId = bad;
            String message = rejection(account);
            assertTrue(message.contains("Account.externalId") && message.contains("ULID"), message);
        }
    }

    @Test
    void malformedVersion_isRejectedAsAUlid() {
        Account account = valid();
        account.version = "3";
        assertTrue(rejection(account).contains("Account.version"));
    }

    @Test
    void numberOutsideTheRange_isRejected_andTheBoundsAreInclusive() {
        Account account = valid();
        account.rating = 5.01;
        String message = rejection(account);
        assertTrue(message.contains("Account.rating") && message.contains("5.01") && message.contains("range"), message);
        account.rating = 0.0;
        accepted(account);
        account.level = 0;
        assertTrue(rejection(account).contains("Account.level"));
    }

    @Test
    void nanAndInfinity_areRejected() {
        Account account = valid();
        account.score = Double.NaN;
        assertTrue(rejection(account).contains("Account.score"));
        account.score = Double.NEGATIVE_INFINITY;
        assertTrue(rejection(account).contains("Account.score"));
    }

    @Test
    void ttlInThePast_isAllowed() {
        Account account = valid();
        account.ttl = Instant.EPOCH;
        accepted(account);
    }

    @Test
    void everyInvalidField_isReportedTogether() {
        Account account = valid();
        account.name = null;
        account.email = "nope";
        account.rating = -1.0;
        String message = rejection(account);
        assertTrue(message.startsWith("Invalid Account: "), message);
        assertTrue(message.contains("Account.name") && message.contains("Account.email") && message.contains("Account.rating"), message);
    }

    @Test
    void onlyTheGivenFields_areChecked() {
        Account account = valid();
        account.name = null;
        assertDoesNotThrow(() -> EntityValidator.validate(MODEL, account, List.of(MODEL.field("email").orElseThrow())));
    }
}
