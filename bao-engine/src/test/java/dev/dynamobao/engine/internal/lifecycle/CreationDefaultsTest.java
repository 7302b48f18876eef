package dev.dynamobao.engine.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.EnhancementMode;
import dev.dynamobao.annotation.Counter;
import dev.dynamobao.annotation.CreatedDate;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.ModifiedDate;
import dev.dynamobao.annotation.Ulid;
import dev.dynamobao.engine.internal.convert.ConverterFactory;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.ModelRegistry;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Generated values on create ({@code LAYOUT.md} §10). */
class CreationDefaultsTest {

    private static final Instant NOW = Instant.ofEpochMilli(1704164645678L);

    @Entity
    @Model(prefix = "doc")
    static final class Document {
        @Id @GeneratedValue String id;
        @Ulid(autoAssign = true) String trackingId;
        @Ulid String plainUlid;
        @CreatedDate Instant createdAt;
        @ModifiedDate Instant modifiedAt;
        @Version String version;
        @Counter Long views;
        @Counter Integer likes;
        @Counter int shares;
        String title;
    }

    private static final EntityModel MODEL = ModelRegistry.build(List.of(Document.class), new ConverterFactory(Map.of()),
            EnhancementMode.AUTO, false).model(Document.class);

    @Test
    void apply_fillsIdsDatesVersionAndCounters() {
        Document document = new Document();
        CreationDefaults.apply(MODEL, document, NOW);
        assertTrue(Ulids.isValid(document.id), document.id);
        assertTrue(Ulids.isValid(document.trackingId), document.trackingId);
        assertNull(document.plainUlid, "a @Ulid without autoAssign is not generated");
        assertEquals(NOW, document.createdAt);
        assertEquals(NOW, document.modifiedAt);
        assertTrue(Ulids.isValid(document.version), document.version);
        assertEquals(0L, document.views);
        assertEquals(0, document.likes);
        assertEquals(0, document.shares);
        assertNull(document.title);
    }

    @Test
    void apply_keepsGivenIdsCreationDateAndCounters_butAlwaysSetsModifiedDateAndVersion() {
        Document document = new Document();
        document.id = "01HK421PSE1Z4KGPSHDWV0D589";
        document.createdAt = Instant.EPOCH;
        document.modifiedAt = Instant.EPOCH;
        document.version = "01HK421PSER5NA6D1HJ8YA04J9";
        document.views = 7L;
        CreationDefaults.apply(MODEL, document, NOW);
        assertEquals("01HK421PSE1Z4KGPSHDWV0D589", document.id);
        assertEquals(Instant.EPOCH, document.createdAt);
        assertEquals(NOW, document.modifiedAt);
        assertNotEquals("01HK421PSER5NA6D1HJ8YA04J9", document.version);
        assertEquals(7L, document.views);
    }

    @Test
    void ulids_areMonotonicAndWellFormed() {
        String previous = Ulids.next();
        for (int i = 0; i < 1000; i++) {
            String next = Ulids.next();
            assertTrue(Ulids.isValid(next), next);
            assertTrue(next.compareTo(previous) > 0, previous + " then " + next);
            previous = next;
        }
    }

    @Test
    void ulidValidation_acceptsOnlyCrockfordUpperCaseOf26Characters() {
        assertTrue(Ulids.isValid("01HK421PSE1Z4KGPSHDWV0D589"));
        assertTrue(Ulids.isValid("7ZZZZZZZZZZZZZZZZZZZZZZZZZ"));
        for (String bad : new String[] {null, "", "8ZZZZZZZZZZZZZZZZZZZZZZZZZ", "01HK421PSE1Z4KGPSHDWV0D58I",
                "01HK421PSE1Z4KGPSHDWV0D58L", "01HK421PSE1Z4KGPSHDWV0D58O", "01hk421pse1z4kgpshdwv0d589"}) {
            assertTrue(!Ulids.isValid(bad), String.valueOf(bad));
        }
    }
}
