package dev.dynamobao.engine.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Value semantics of an entity's identity in the identity map: tenant, model and primary id. */
class EntityKeyTest {

    @Test
    void identitiesWithTheSameParts_areEqual_andHashAlike_withOrWithoutTenant() {
        assertEquals(new EntityKey("acme", "User", "1"), new EntityKey("acme", "User", "1"));
        assertEquals(new EntityKey("acme", "User", "1").hashCode(), new EntityKey("acme", "User", "1").hashCode());
        assertEquals(new EntityKey(null, "User", "1"), new EntityKey(null, "User", "1"));
        assertEquals(new EntityKey(null, "User", "1").hashCode(), new EntityKey(null, "User", "1").hashCode());
    }

    @Test
    void identitiesDifferingInTenantModelOrId_areNotEqual() {
        EntityKey key = new EntityKey("acme", "User", "1");
        assertNotEquals(key, new EntityKey("other", "User", "1"));
        assertNotEquals(key, new EntityKey(null, "User", "1"));
        assertNotEquals(key, new EntityKey("acme", "Post", "1"));
        assertNotEquals(key, new EntityKey("acme", "User", "2"));
        assertNotEquals(key, null);
    }
}
