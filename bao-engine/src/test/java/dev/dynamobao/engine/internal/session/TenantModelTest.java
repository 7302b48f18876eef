package dev.dynamobao.engine.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamobao.EnhancementMode;
import dev.dynamobao.ValidationException;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.SortKey;
import dev.dynamobao.engine.internal.convert.ConverterFactory;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.ModelRegistry;
import dev.dynamobao.engine.internal.operation.WriteTarget;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One model under one tenant: identities, keys and write targets derived from a value resolved once. */
class TenantModelTest {

    @Entity(name = "User")
    @Model(prefix = "u")
    static final class User {
        @Id String userId;
    }

    @Entity(name = "Setting")
    @Model(prefix = "s")
    static final class Setting {
        @SortKey String name;
    }

    private static final ModelRegistry MODELS = ModelRegistry.build(List.of(User.class, Setting.class),
            new ConverterFactory(Map.of()), EnhancementMode.AUTO, false);
    private static final EntityModel USER = MODELS.model(User.class);

    @Test
    void underATenant_identityKeyAndTarget_allCarryIt() {
        TenantModel acme = TenantModel.of(USER, "acme");

        assertEquals(new EntityKey("acme", "User", "1"), acme.identity("1"));
        assertEquals(new ItemKey("[acme]#u#1", "u"), acme.itemKey("1"));
        assertEquals(new WriteTarget("t", USER, "acme", new ItemKey("[acme]#u#1", "u"), "1"), acme.target("t", "1"));
    }

    @Test
    void withoutTenant_nothingIsPrefixed() {
        TenantModel none = TenantModel.of(USER, null);

        assertNull(none.keyTenant());
        assertEquals(new EntityKey(null, "User", "1"), none.identity("1"));
        assertEquals(new ItemKey("u#1", "u"), none.itemKey("1"));
    }

    @Test
    void aModelKeyedByItsPrefix_keepsTheTenantInItsIdentity_butNotInItsKeys() {
        TenantModel setting = TenantModel.of(MODELS.model(Setting.class), "acme");

        assertEquals("acme", setting.identity("theme").tenant());
        assertNull(setting.keyTenant());
        assertEquals(new ItemKey("s", "theme"), setting.itemKey("theme"));
    }

    @Test
    void itemKey_ofAnIdNotFittingTheKeyShape_isRejected() {
        assertThrows(ValidationException.class, () -> TenantModel.of(USER, null).itemKey("a##__SK__##b"));
    }
}
