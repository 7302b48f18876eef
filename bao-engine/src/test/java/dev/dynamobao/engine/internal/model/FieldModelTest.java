package dev.dynamobao.engine.internal.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamobao.EnhancementMode;
import dev.dynamobao.annotation.Counter;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.engine.internal.convert.ConverterFactory;
import dev.dynamobao.engine.internal.convert.FieldType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reads and writes of entity fields through the model's method handles, of every kind of Java type. */
class FieldModelTest {

    @Entity
    @Model(prefix = "fm")
    static final class Sample {
        @Id String id;
        @Counter long visits;
        boolean active;
        Integer rank;
        Set<String> tags;
        byte[] data;
    }

    private static final EntityModel MODEL = ModelRegistry.build(List.of(Sample.class), new ConverterFactory(Map.of()),
            EnhancementMode.AUTO, false).model(Sample.class);

    private static FieldModel field(String name) {
        return MODEL.field(name).orElseThrow();
    }

    @Test
    void getAndSet_ofReferenceFields_readAndWriteTheFieldItself() {
        Sample sample = new Sample();
        field("id").set(sample, "a1");
        field("rank").set(sample, 7);
        field("tags").set(sample, Set.of("x"));
        field("data").set(sample, new byte[] {1, 2});

        assertEquals("a1", sample.id);
        assertEquals(7, sample.rank);
        assertEquals(Set.of("x"), field("tags").get(sample));
        assertArrayEquals(new byte[] {1, 2}, (byte[]) field("data").get(sample));
        field("rank").set(sample, null);
        assertNull(field("rank").get(sample));
    }

    @Test
    void getAndSet_ofPrimitiveFields_boxAndUnbox_andNullWritesTheDefault() {
        Sample sample = new Sample();
        field("visits").set(sample, 41L);
        field("active").set(sample, true);
        assertEquals(41L, field("visits").get(sample));
        assertEquals(true, field("active").get(sample));

        field("visits").set(sample, null);
        field("active").set(sample, null);
        assertEquals(0L, sample.visits);
        assertEquals(false, sample.active);
    }

    @Test
    void set_ofAValueOfTheWrongType_failsWithClassCastException_andLeavesTheFieldAlone() {
        Sample sample = new Sample();
        sample.id = "kept";
        assertThrows(ClassCastException.class, () -> field("id").set(sample, 12));
        assertEquals("kept", sample.id);
    }

    @Test
    void type_isTheConvertersType() {
        assertEquals(FieldType.COUNTER, field("visits").type());
        assertEquals(FieldType.STRING_SET, field("tags").type());
        assertEquals(FieldType.BINARY, field("data").type());
    }
}
