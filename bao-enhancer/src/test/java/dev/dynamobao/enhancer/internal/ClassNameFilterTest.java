package dev.dynamobao.enhancer.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.spi.TrackedEntity;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code excludes} patterns of the Maven goals: which class names they match, and that excluded entities stay plain. */
class ClassNameFilterTest {

    private static final String ENTITIES = "dev.dynamobao.enhancer.fixtures.entities";

    @Test
    void singleStar_matchesClassesOfOnePackage_notSubPackages() {
        ClassNameFilter filter = ClassNameFilter.of(List.of("com.acme.legacy.*"));
        assertTrue(filter.matches("com.acme.legacy.Invoice"));
        assertTrue(filter.matches("com.acme.legacy.Invoice$Line"));
        assertFalse(filter.matches("com.acme.legacy.old.Invoice"));
        assertFalse(filter.matches("com.acme.legacyx.Invoice"));
    }

    @Test
    void doubleStar_matchesAcrossPackages() {
        ClassNameFilter filter = ClassNameFilter.of(List.of("com.acme.**", "org.**Snapshot*"));
        assertTrue(filter.matches("com.acme.legacy.old.Invoice"));
        assertTrue(filter.matches("org.x.y.OrderSnapshotView"));
        assertFalse(filter.matches("org.x.y.Order"));
    }

    @Test
    void exactName_matchesOnlyThatClass_andBlankPatternsAreIgnored() {
        ClassNameFilter filter = ClassNameFilter.of(Arrays.asList("com.acme.model.Invoice", " ", null));
        assertTrue(filter.matches("com.acme.model.Invoice"));
        assertFalse(filter.matches("com.acme.model.Invoices"));
        assertFalse(filter.matches("comXacme.model.Invoice"));
        assertEquals(List.of("com.acme.model.Invoice"), filter.globs());
        assertTrue(ClassNameFilter.of(List.of()).isEmpty());
        assertTrue(ClassNameFilter.of(null).isEmpty());
    }

    @Test
    void invalidCharacter_isRejectedWithThePattern() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> ClassNameFilter.of(List.of("com/acme/*")));
        assertTrue(failure.getMessage().contains("com/acme/*"), failure.getMessage());
    }

    @Test
    void excludedEntity_isLeftUnenhanced_andReported(@TempDir Path folder) throws Exception {
        EnhancedFolder enhanced = EnhancedFolder.copyOf(ENTITIES, folder);
        byte[] before = enhanced.bytesOf(ENTITIES + ".Customer");

        EnhancementReport report = enhanced.enhance(ClassNameFilter.of(List.of(ENTITIES + ".Cust*")));

        assertEquals(List.of(ENTITIES + ".WideEntity"), report.enhancedClasses());
        assertEquals(List.of(ENTITIES + ".Customer"), report.excludedClasses());
        assertArrayEquals(before, enhanced.bytesOf(ENTITIES + ".Customer"));
        assertFalse(TrackedEntity.class.isAssignableFrom(enhanced.load(ENTITIES + ".Customer")));
        assertTrue(TrackedEntity.class.isAssignableFrom(enhanced.load(ENTITIES + ".WideEntity")));
    }
}
