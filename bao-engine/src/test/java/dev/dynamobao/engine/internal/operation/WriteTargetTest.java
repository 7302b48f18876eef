package dev.dynamobao.engine.internal.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamobao.EnhancementMode;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.SortKey;
import dev.dynamobao.engine.internal.convert.ConverterFactory;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.ModelRegistry;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where an entity's writes go, derived once from model, tenant and primary id. */
class WriteTargetTest {

    @Entity(name = "User")
    @Model(prefix = "u")
    static final class User {
        @Id String userId;
    }

    /** Shape C: keyed by its sort key under the model prefix; its keys never carry a tenant. */
    @Entity(name = "Setting")
    @Model(prefix = "s")
    static final class Setting {
        @SortKey String name;
    }

    private static final ModelRegistry MODELS = ModelRegistry.build(List.of(User.class, Setting.class),
            new ConverterFactory(Map.of()), EnhancementMode.AUTO, false);

    @Test
    void of_underATenant_putsTheTenantIntoTheKeysOfATenantScopedModel() {
        WriteTarget target = WriteTarget.of("t", MODELS.model(User.class), "acme", "1");
        assertEquals("acme", target.keyTenant());
        assertEquals(new ItemKey("[acme]#u#1", "u"), target.key());
        assertEquals("User '1'", target.describe());
    }

    @Test
    void of_withoutTenant_hasNoKeyTenant() {
        WriteTarget target = WriteTarget.of("t", MODELS.model(User.class), null, "1");
        assertNull(target.keyTenant());
        assertEquals(new ItemKey("u#1", "u"), target.key());
    }

    @Test
    void of_forAModelKeyedByItsPrefix_leavesTheTenantOutOfItsKeys() {
        EntityModel setting = MODELS.model(Setting.class);
        WriteTarget target = WriteTarget.of("t", setting, "acme", "theme");
        assertNull(target.keyTenant());
        assertEquals(new ItemKey("s", "theme"), target.key());
    }

    @Test
    void aTargetWithoutKey_isRejected() {
        assertThrows(NullPointerException.class, () -> new WriteTarget("t", MODELS.model(User.class), null, null, "1"));
    }
}
