package dev.dynamobao.engine.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.EnhancementMode;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.Unique;
import dev.dynamobao.annotation.UniqueId;
import dev.dynamobao.engine.internal.convert.ConverterFactory;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.ModelRegistry;
import dev.dynamobao.query.UnknownFieldException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which constraint {@code findByUnique} reads: by field name first, then by constraint name. */
class UniqueLookupTest {

    @Entity(name = "Account")
    @Model(prefix = "ac")
    @Unique(name = "uniqueEmail", field = "email", id = UniqueId.UC1)
    @Unique(name = "uniqueHandle", field = "handle", id = UniqueId.UC2)
    static final class Account {
        @Id @GeneratedValue String accountId;
        String email;
        String handle;
        String name;
    }

    private static final EntityModel ACCOUNT = ModelRegistry.build(List.of(Account.class), new ConverterFactory(Map.of()),
            EnhancementMode.AUTO, false).model(Account.class);

    @Test
    void constraint_byFieldName() {
        assertEquals("handle", UniqueLookup.constraint(ACCOUNT, "handle").field().name());
    }

    @Test
    void constraint_byConstraintName() {
        assertEquals("email", UniqueLookup.constraint(ACCOUNT, "uniqueEmail").field().name());
        assertEquals("_uc2", UniqueLookup.constraint(ACCOUNT, "uniqueHandle").id().constraintId());
    }

    @Test
    void constraint_onAnUnconstrainedField_namesFieldsAndConstraints() {
        UnknownFieldException failure = assertThrows(UnknownFieldException.class, () -> UniqueLookup.constraint(ACCOUNT, "name"));
        assertTrue(failure.getMessage().contains("Account") && failure.getMessage().contains("[email, handle]")
                && failure.getMessage().contains("[uniqueEmail, uniqueHandle]"), failure.getMessage());
    }
}
