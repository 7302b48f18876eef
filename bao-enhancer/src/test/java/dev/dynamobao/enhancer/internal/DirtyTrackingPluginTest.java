package dev.dynamobao.enhancer.internal;

import static dev.dynamobao.enhancer.internal.EnhancedFolder.call;
import static dev.dynamobao.enhancer.internal.EnhancedFolder.create;
import static dev.dynamobao.enhancer.internal.EnhancedFolder.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.spi.TrackedEntity;
import dev.dynamobao.spi.TrackedEntityState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.bytebuddy.description.type.TypeDescription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour of enhanced entity classes: which writes set which dirty bits. */
class DirtyTrackingPluginTest {

    private static final String PACKAGE = "dev.dynamobao.enhancer.fixtures.entities";
    private static final String CUSTOMER = PACKAGE + ".Customer";
    private static final String WIDE = PACKAGE + ".WideEntity";
    private static final int ID = 0;
    private static final int NAME = 1;
    private static final int COUNT = 2;
    private static final int VISITS = 3;
    private static final int SCORE = 4;
    private static final int TAGS = 5;

    @TempDir
    static Path folder;

    private static EnhancedFolder enhanced;
    private static EnhancementReport report;

    @BeforeAll
    static void enhanceFixtures() throws Exception {
        enhanced = EnhancedFolder.copyOf(PACKAGE, folder);
        report = enhanced.enhance();
    }

    private static TrackedEntity newCustomer() {
        return (TrackedEntity) create(enhanced.load(CUSTOMER));
    }

    private static List<Integer> dirtyIndexes(TrackedEntity entity) {
        return IntStream.range(0, entity.$bao$trackedFields().length)
                .filter(entity::$bao$isDirty)
                .boxed()
                .toList();
    }

    @Test
    void enhance_reportsEveryEntityOfTheFolder() {
        assertEquals(List.of(CUSTOMER, WIDE), report.enhancedClasses().stream().sorted().toList());
    }

    @Test
    void trackedFields_areOwnNonStaticNonTransientFieldsInDeclarationOrder() {
        assertArrayEquals(new String[] {"id", "name", "count", "visits", "score", "tags", "region"},
                newCustomer().$bao$trackedFields());
    }

    @Test
    void trackedFields_isOneArraySharedByAllInstances() {
        assertSame(newCustomer().$bao$trackedFields(), newCustomer().$bao$trackedFields());
    }

    @Test
    void newInstance_hasNoDirtyBits() {
        TrackedEntity customer = newCustomer();
        assertEquals(List.of(), dirtyIndexes(customer));
        assertArrayEquals(new long[] {0L}, customer.$bao$dirtyBits());
    }

    @Test
    void setter_setsBitOfItsFieldAndStoresTheValue() {
        TrackedEntity customer = newCustomer();
        call(customer, "setName", "Ada");
        assertEquals(List.of(NAME), dirtyIndexes(customer));
        assertEquals(1L << NAME, customer.$bao$dirtyBits()[0]);
        assertEquals("Ada", call(customer, "getName"));
    }

    @Test
    void directAssignmentInAnotherMethod_setsBit() {
        TrackedEntity customer = newCustomer();
        call(customer, "rename", "  Grace ");
        assertEquals(List.of(NAME), dirtyIndexes(customer));
        assertEquals("Grace", call(customer, "getName"));
    }

    @Test
    void increment_setsBit() {
        TrackedEntity customer = newCustomer();
        call(customer, "increment");
        call(customer, "increment");
        assertEquals(List.of(COUNT), dirtyIndexes(customer));
        assertEquals(2, call(customer, "getCount"));
    }

    @Test
    void compoundAssignmentOfLong_setsBit() {
        TrackedEntity customer = newCustomer();
        call(customer, "addVisits", 40L);
        call(customer, "addVisits", 2L);
        assertEquals(List.of(VISITS), dirtyIndexes(customer));
        assertEquals(42L, call(customer, "getVisits"));
    }

    @Test
    void doubleAndGenericFieldSetters_setTheirBits() {
        TrackedEntity customer = newCustomer();
        call(customer, "setScore", 2.5d);
        call(customer, "setTags", List.of("a"));
        assertEquals(List.of(SCORE, TAGS), dirtyIndexes(customer));
        assertEquals(2.5d, call(customer, "getScore"));
        assertEquals(List.of("a"), call(customer, "getTags"));
    }

    @Test
    void assignmentInLambdaBody_setsBit() {
        TrackedEntity customer = newCustomer();
        call(customer, "renameInLambda", "Linus");
        assertEquals(List.of(NAME), dirtyIndexes(customer));
        assertEquals("Linus", call(customer, "getName"));
    }

    @Test
    void writeToAnotherInstanceOfTheSameClass_setsBitOnThatInstanceOnly() {
        TrackedEntity source = newCustomer();
        TrackedEntity target = newCustomer();
        call(source, "setName", "Barbara");
        source.$bao$clearDirty();
        call(source, "copyNameTo", target);
        assertEquals(List.of(NAME), dirtyIndexes(target));
        assertEquals(List.of(), dirtyIndexes(source));
        assertEquals("Barbara", call(target, "getName"));
    }

    @Test
    void constructorWrites_doNotSetBits() {
        TrackedEntity customer = (TrackedEntity) create(enhanced.load(CUSTOMER), "c-1", "Ken");
        assertEquals(List.of(), dirtyIndexes(customer));
        assertEquals("Ken", call(customer, "getName"));
        assertEquals("eu", call(customer, "getRegion"));
    }

    @Test
    void clearDirty_clearsEveryBit() {
        TrackedEntity customer = newCustomer();
        call(customer, "setName", "Ada");
        call(customer, "increment");
        customer.$bao$clearDirty();
        assertEquals(List.of(), dirtyIndexes(customer));
        assertArrayEquals(new long[] {0L}, customer.$bao$dirtyBits());
        call(customer, "increment");
        assertEquals(List.of(COUNT), dirtyIndexes(customer));
    }

    @Test
    void clearDirty_beforeAnyWrite_isHarmless() {
        TrackedEntity customer = newCustomer();
        customer.$bao$clearDirty();
        assertEquals(List.of(), dirtyIndexes(customer));
    }

    @Test
    void writesToTransientStaticAndJpaTransientFields_setNoBit() {
        TrackedEntity customer = newCustomer();
        call(customer, "setCachedLabel", "label");
        call(customer, "setScratch", "scratch");
        call(customer, "setDefaultName", "nobody");
        assertArrayEquals(new long[] {0L}, customer.$bao$dirtyBits());
        assertEquals("label", read(customer, "cachedLabel"));
        assertEquals("scratch", read(customer, "scratch"));
    }

    @Test
    void reportsWrites_isTrueForEnhancedClasses() {
        assertTrue(newCustomer().$bao$reportsWrites());
    }

    @Test
    void firstWriteOfEachField_isReportedToTheState_onceUntilCleared() {
        TrackedEntity customer = newCustomer();
        List<TrackedEntity> reports = new ArrayList<>();
        customer.$bao$state((TrackedEntityState) reports::add);

        call(customer, "setName", "Ada");
        call(customer, "setName", "Grace");
        call(customer, "increment");
        call(customer, "increment");
        assertEquals(2, reports.size(), "one report per field whose bit went from clear to set");
        assertSame(customer, reports.get(0));

        customer.$bao$clearDirty();
        call(customer, "setName", "Linus");
        assertEquals(3, reports.size(), "after a clear, the next write is reported again");
    }

    @Test
    void readOfAPossiblyMutableField_isReportedWithItsIndex_atEveryRead_andOtherReadsAreNot() {
        TrackedEntity customer = newCustomer();
        call(customer, "setTags", List.of("a"));
        call(customer, "setName", "Ada");
        List<Integer> reads = new ArrayList<>();
        customer.$bao$state(new TrackedEntityState() {
            @Override
            public void written(TrackedEntity entity) {
            }

            @Override
            public void read(TrackedEntity entity, int trackedIndex) {
                assertSame(customer, entity);
                reads.add(trackedIndex);
            }
        });

        assertEquals(List.of("a"), call(customer, "getTags"));
        assertEquals(List.of("a"), call(customer, "getTags"));
        assertEquals("Ada", call(customer, "getName"));
        assertEquals(0, call(customer, "getCount"));

        assertEquals(List.of(TAGS, TAGS), reads, "a List field's reads are reported; String and int reads are not");
        assertTrue(customer.$bao$reportsReads());
    }

    @Test
    void mayBeMutable_isFalseForValuesThatCannotChangeInPlace() {
        assertFalse(DirtyTrackingPlugin.mayBeMutable(TypeDescription.ForLoadedType.of(String.class)));
        assertFalse(DirtyTrackingPlugin.mayBeMutable(TypeDescription.ForLoadedType.of(int.class)));
        assertFalse(DirtyTrackingPlugin.mayBeMutable(TypeDescription.ForLoadedType.of(Long.class)));
        assertFalse(DirtyTrackingPlugin.mayBeMutable(TypeDescription.ForLoadedType.of(java.time.Instant.class)));
        assertFalse(DirtyTrackingPlugin.mayBeMutable(TypeDescription.ForLoadedType.of(java.time.DayOfWeek.class)));
        assertTrue(DirtyTrackingPlugin.mayBeMutable(TypeDescription.ForLoadedType.of(byte[].class)));
        assertTrue(DirtyTrackingPlugin.mayBeMutable(TypeDescription.ForLoadedType.of(java.util.Set.class)));
        assertTrue(DirtyTrackingPlugin.mayBeMutable(TypeDescription.ForLoadedType.of(java.util.Date.class)));
    }

    @Test
    void writes_withAStateThatIsNotAListener_orNoState_justSetBits() {
        TrackedEntity customer = newCustomer();
        call(customer, "setName", "Ada");
        customer.$bao$state(new Object());
        call(customer, "increment");
        assertEquals(List.of(NAME, COUNT), dirtyIndexes(customer));
    }

    @Test
    void state_isStoredPerInstance() {
        TrackedEntity first = newCustomer();
        TrackedEntity second = newCustomer();
        Object state = new Object();
        first.$bao$state(state);
        assertSame(state, first.$bao$state());
        assertEquals(null, second.$bao$state());
    }

    @Test
    void fieldsBeyondSixtyFour_useTheSecondWord() {
        TrackedEntity wide = (TrackedEntity) create(enhanced.load(WIDE));
        assertEquals(70, wide.$bao$trackedFields().length);
        call(wide, "setF0", 1);
        call(wide, "setF63", 2);
        call(wide, "setF64", 3);
        call(wide, "setF69", 4);
        assertEquals(List.of(0, 63, 64, 69), dirtyIndexes(wide));
        assertArrayEquals(new long[] {1L | (1L << 63), 1L | (1L << 5)}, wide.$bao$dirtyBits());
        assertEquals(10, call(wide, "sum"));
    }

    @Test
    void enhancedClass_declaresTrackedEntityOnce() {
        Class<?> customer = enhanced.load(CUSTOMER);
        assertEquals(1, java.util.Arrays.stream(customer.getInterfaces())
                .filter(TrackedEntity.class::equals).count());
        assertInstanceOf(TrackedEntity.class, create(customer));
        assertFalse(customer.isSynthetic());
        assertTrue(TrackedEntity.class.isAssignableFrom(customer));
    }
}
