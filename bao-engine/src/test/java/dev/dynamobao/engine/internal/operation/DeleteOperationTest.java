package dev.dynamobao.engine.internal.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dynamobao.EnhancementMode;
import dev.dynamobao.OptimisticLockException;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.engine.internal.convert.ConverterFactory;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.key.LayoutAttributes;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.ModelRegistry;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.Delete;

/** The planned delete of an entity, without a database. */
class DeleteOperationTest {

    @Entity
    @Model(prefix = "v", iterable = false)
    static final class Versioned {
        @Id String id;
        @Version String version;
    }

    private static final EntityModel MODEL = ModelRegistry.build(List.of(Versioned.class),
            new ConverterFactory(Map.of()), EnhancementMode.AUTO, false).model(Versioned.class);
    private static final String LOADED_VERSION = "01HK421PSE1Z4KGPSHDWV0D589";

    @Test
    void versionedDelete_passesForAGoneItem_failsOnlyOnAnotherVersion_withoutAskingForTheOldItem() {
        WriteAction action = DeleteOperation.actions(new WriteTarget("table", MODEL, null, new ItemKey("v#1", "v#1"), "1"), LOADED_VERSION, Map.of())
                .get(0);
        Delete delete = action.item().delete();

        assertEquals("attribute_not_exists(#a) OR #b = :a", delete.conditionExpression());
        assertEquals(Map.of("#a", LayoutAttributes.PK, "#b", "version"), delete.expressionAttributeNames());
        assertEquals(LOADED_VERSION, delete.expressionAttributeValues().get(":a").s());
        assertNull(delete.returnValuesOnConditionCheckFailure(), "a failure can only be a version conflict");
        assertInstanceOf(OptimisticLockException.class, action.onConditionFailure().apply(null));
    }
}
