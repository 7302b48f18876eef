package dev.dynamobao.enhancer.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.spi.TrackedEntity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which classes the enhancer changes, and that running it again changes nothing. */
class EnhancementScopeTest {

    private static final String ENTITIES = "dev.dynamobao.enhancer.fixtures.entities";
    private static final String PLAIN = "dev.dynamobao.enhancer.fixtures.plain";
    private static final String INHERITANCE = "dev.dynamobao.enhancer.fixtures.inheritance";

    @Test
    void enhancingTwice_secondRunEnhancesNothingAndLeavesBytesUnchanged(@TempDir Path folder) throws Exception {
        EnhancedFolder enhanced = EnhancedFolder.copyOf(ENTITIES, folder);
        assertEquals(2, enhanced.enhance().enhancedCount());
        byte[] once = enhanced.bytesOf(ENTITIES + ".Customer");

        EnhancementReport second = enhanced.enhance();

        assertEquals(0, second.enhancedCount());
        assertEquals(List.of(ENTITIES + ".Customer", ENTITIES + ".WideEntity"),
                second.alreadyEnhancedClasses().stream().sorted().toList());
        assertArrayEquals(once, enhanced.bytesOf(ENTITIES + ".Customer"));
        Class<?> customer = enhanced.load(ENTITIES + ".Customer");
        assertEquals(List.of(TrackedEntity.class), List.of(customer.getInterfaces()));
    }

    @Test
    void nonEntityClassAndEntityRecord_areLeftUntouched(@TempDir Path folder) throws Exception {
        EnhancedFolder plain = EnhancedFolder.copyOf(PLAIN, folder);
        byte[] bean = plain.bytesOf(PLAIN + ".PlainBean");
        byte[] record = plain.bytesOf(PLAIN + ".ProjectionRecord");

        EnhancementReport report = plain.enhance();

        assertEquals(0, report.enhancedCount());
        assertArrayEquals(bean, plain.bytesOf(PLAIN + ".PlainBean"));
        assertArrayEquals(record, plain.bytesOf(PLAIN + ".ProjectionRecord"));
        assertFalse(TrackedEntity.class.isAssignableFrom(plain.load(PLAIN + ".PlainBean")));
        assertFalse(TrackedEntity.class.isAssignableFrom(plain.load(PLAIN + ".ProjectionRecord")));
    }

    @Test
    void entityExtendingAnEntity_failsNamingTheClassAndTheReason(@TempDir Path folder) throws Exception {
        EnhancedFolder inheritance = EnhancedFolder.copyOf(INHERITANCE, folder);

        EnhancementFailedException failure = assertThrows(EnhancementFailedException.class, inheritance::enhance);

        assertEquals(List.of(INHERITANCE + ".DerivedEntity"), failure.failedClasses());
        assertTrue(failure.getMessage().contains(INHERITANCE + ".DerivedEntity"), failure.getMessage());
        assertTrue(failure.getMessage().contains("entity inheritance"), failure.getMessage());
    }

    @Test
    void missingFolder_enhancesNothing(@TempDir Path folder) throws Exception {
        EnhancementReport report = new ClassFolderEnhancer(List.of()).enhance(folder.resolve("absent"));
        assertEquals(0, report.enhancedCount());
    }
}
