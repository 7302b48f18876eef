package dev.dynamobao.tck.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.ModelDefinitionException;
import dev.dynamobao.tck.support.RawItems;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** User types through a Jakarta {@code AttributeConverter} registered on the configuration. */
@BaoTest
class ConverterTck {

    @Test
    void registeredConverter_storesTheDatabaseSide_andReadsTheUserType(DynamoDbClient client, @TableName String table) {
        try (BaoEntityManagerFactory bao = Bao.configure().client(client).table(table).entities(Thermometer.class)
                .converter(Temperature.class, new TemperatureConverter()).build()) {
            Thermometer kitchen = new Thermometer();
            kitchen.setName("kitchen");
            kitchen.setReading(new Temperature(21.5));
            try (BaoEntityManager em = bao.createEntityManager()) {
                em.persist(kitchen);
            }
            Map<String, AttributeValue> item = new RawItems(client, table).get("th#kitchen", "th");
            assertEquals(AttributeValue.fromS("21.5C"), item.get("reading"));
            try (BaoEntityManager em = bao.createEntityManager()) {
                assertEquals(new Temperature(21.5), em.find(Thermometer.class, "kitchen").orElseThrow().getReading());
            }
        }
    }

    @Test
    void userTypeWithoutAConverter_isAModelDefinitionError_sayingHowToRegisterOne(DynamoDbClient client, @TableName String table) {
        ModelDefinitionException failure = assertThrows(ModelDefinitionException.class,
                () -> Bao.configure().client(client).table(table).entities(Thermometer.class).build());
        assertTrue(failure.getMessage().contains("Thermometer.reading"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Temperature"), failure.getMessage());
        assertTrue(failure.getMessage().contains("converter("), failure.getMessage());
    }
}
