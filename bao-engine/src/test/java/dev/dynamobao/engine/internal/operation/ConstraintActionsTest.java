package dev.dynamobao.engine.internal.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dynamobao.EnhancementMode;
import dev.dynamobao.UniqueConstraintViolationException;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.Unique;
import dev.dynamobao.annotation.UniqueId;
import dev.dynamobao.engine.internal.convert.ConverterFactory;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.ModelRegistry;
import dev.dynamobao.engine.internal.model.UniqueModel;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;

/** The claim and release parts of unique-constraint writes, byte for byte ({@code LAYOUT.md} §8, §14). */
class ConstraintActionsTest {

    private static final String ID = "01HK421PSE1Z4KGPSHDWV0D589";

    @Entity(name = "User")
    @Model(prefix = "u")
    @Unique(name = "uniqueEmail", field = "email", id = UniqueId.UC1)
    static final class User {
        @Id @GeneratedValue String userId;
        String email;
    }

    private static final EntityModel USER = ModelRegistry.build(List.of(User.class), new ConverterFactory(Map.of()),
            EnhancementMode.AUTO, true).model(User.class);
    private static final UniqueModel EMAIL = USER.uniques().get(0);

    /** The target of the user {@code ID} in table "t" under {@code tenant}. */
    private static WriteTarget target(String tenant) {
        return WriteTarget.of("t", USER, tenant, ID);
    }

    private static String resolve(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
        String resolved = expression;
        for (Map.Entry<String, String> name : names.entrySet()) {
            resolved = resolved.replace(name.getKey(), name.getValue());
        }
        for (Map.Entry<String, AttributeValue> value : values.entrySet()) {
            resolved = resolved.replace(value.getKey(), "'" + value.getValue().s() + "'");
        }
        return resolved;
    }

    @Test
    void claim_putsTheConstraintItemOfTheLayout_onConditionItIsFreeOrOurs() {
        Put put = ConstraintActions.claim(target(null), EMAIL, "alice@example.com").item().put();
        assertEquals(Map.of(
                "_pk", AttributeValue.fromS("_raft_uc#_uc1#u#email:alice@example.com"),
                "_sk", AttributeValue.fromS("_raft_uc"),
                "uniqueValue", AttributeValue.fromS("_raft_uc#_uc1#u#email:alice@example.com"),
                "relatedId", AttributeValue.fromS(ID),
                "relatedModel", AttributeValue.fromS("User")), put.item());
        assertEquals("attribute_not_exists(_pk) OR (relatedId = '" + ID + "' AND relatedModel = 'User')",
                resolve(put.conditionExpression(), put.expressionAttributeNames(), put.expressionAttributeValues()));
        assertEquals("t", put.tableName());
    }

    @Test
    void claim_underATenant_prefixesKeyAndUniqueValue_andMarksTheTenant() {
        Put put = ConstraintActions.claim(target("acme"), EMAIL, "tina@acme.com").item().put();
        assertEquals("[acme]#_raft_uc#_uc1#u#email:tina@acme.com", put.item().get("_pk").s());
        assertEquals("[acme]#_raft_uc#_uc1#u#email:tina@acme.com", put.item().get("uniqueValue").s());
        assertEquals("_raft_uc", put.item().get("_sk").s());
        assertEquals(ID, put.item().get("relatedId").s(), "primary ids never carry the tenant");
        assertEquals("acme", put.item().get("_gsi_test_id").s());
        assertEquals(6, put.item().size());
    }

    @Test
    void claim_failure_isAViolationNamingModelFieldAndValue() {
        WriteAction claim = ConstraintActions.claim(target(null), EMAIL, "a@b.c");
        UniqueConstraintViolationException violation = assertInstanceOf(UniqueConstraintViolationException.class,
                claim.onConditionFailure().apply(null));
        assertEquals(List.of("User", "email", "a@b.c"), List.of(violation.model(), violation.field(), violation.value()));
    }

    @Test
    void release_deletesTheConstraintItem_onConditionItIsOurs() {
        Delete delete = ConstraintActions.release(target("acme"), EMAIL, "tina@acme.com").item().delete();
        assertEquals(Map.of("_pk", AttributeValue.fromS("[acme]#_raft_uc#_uc1#u#email:tina@acme.com"),
                "_sk", AttributeValue.fromS("_raft_uc")), delete.key());
        assertEquals("relatedId = '" + ID + "' AND relatedModel = 'User'",
                resolve(delete.conditionExpression(), delete.expressionAttributeNames(), delete.expressionAttributeValues()));
    }

    @Test
    void values_areStoredVerbatim() {
        Put put = ConstraintActions.claim(target(null), EMAIL, " Alice@Example.com ").item().put();
        assertEquals("_raft_uc#_uc1#u#email: Alice@Example.com ", put.item().get("_pk").s());
        assertNull(put.item().get("_gsi_test_id"));
    }
}
