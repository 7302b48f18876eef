package dev.dynamobao.engine.internal.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Ref;
import dev.dynamobao.annotation.Counter;
import dev.dynamobao.annotation.CreatedDate;
import dev.dynamobao.annotation.Email;
import dev.dynamobao.annotation.ModifiedDate;
import dev.dynamobao.annotation.Ttl;
import dev.dynamobao.annotation.Ulid;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Every converter: stored attribute, value read back, key form; and how the factory picks one. */
class ConvertersTest {

    enum Color { RED, GREEN }

    record Money(long cents) {
    }

    /** Money as a number of cents. */
    public static final class MoneyConverter implements AttributeConverter<Money, Long> {
        @Override
        public Long convertToDatabaseColumn(Money money) {
            return money == null ? null : money.cents();
        }

        @Override
        public Money convertToEntityAttribute(Long cents) {
            return cents == null ? null : new Money(cents);
        }
    }

    /** Stores zero as nothing. */
    public static final class ZeroAsNullConverter implements AttributeConverter<Money, Long> {
        @Override
        public Long convertToDatabaseColumn(Money money) {
            return money == null || money.cents() == 0 ? null : money.cents();
        }

        @Override
        public Money convertToEntityAttribute(Long cents) {
            return new Money(cents == null ? 0 : cents);
        }
    }

    /** A mutable user type without {@code equals}. */
    static final class Box {
        int width;

        Box(int width) {
            this.width = width;
        }
    }

    /** Box as its width. */
    public static final class BoxConverter implements AttributeConverter<Box, Long> {
        @Override
        public Long convertToDatabaseColumn(Box box) {
            return box == null ? null : (long) box.width;
        }

        @Override
        public Box convertToEntityAttribute(Long width) {
            return width == null ? null : new Box(width.intValue());
        }
    }

    /** An immutable user type converted to text. */
    public static final class DayNameConverter implements AttributeConverter<java.time.DayOfWeek, String> {
        @Override
        public String convertToDatabaseColumn(java.time.DayOfWeek day) {
            return day == null ? null : day.name();
        }

        @Override
        public java.time.DayOfWeek convertToEntityAttribute(String name) {
            return name == null ? null : java.time.DayOfWeek.valueOf(name);
        }
    }

    /** Produces a type DynamoBao cannot store. */
    public static final class ListConverter implements AttributeConverter<Money, List<String>> {
        @Override
        public List<String> convertToDatabaseColumn(Money money) {
            return List.of();
        }

        @Override
        public Money convertToEntityAttribute(List<String> column) {
            return null;
        }
    }

    @SuppressWarnings("unused")
    static final class Fields {
        String text;
        @Email String email;
        @Ulid String ulid;
        @Id @GeneratedValue String generatedId;
        @Version String version;
        Integer boxedInt;
        int primitiveInt;
        Long boxedLong;
        short primitiveShort;
        BigInteger bigInteger;
        @Counter Long counter;
        @Counter int intCounter;
        Double boxedDouble;
        float primitiveFloat;
        BigDecimal decimal;
        Boolean flag;
        Instant instant;
        @CreatedDate Instant created;
        @ModifiedDate Instant modified;
        @Ttl Instant ttl;
        @Ttl Long ttlSeconds;
        byte[] bytes;
        Set<String> labels;
        Ref<Fields> reference;
        Color color;
        @Convert(converter = MoneyConverter.class) Money annotatedMoney;
        Money registeredMoney;
        @Convert(converter = BoxConverter.class) Box box;
        @Convert(converter = DayNameConverter.class) java.time.DayOfWeek day;
        @Convert(converter = ZeroAsNullConverter.class) Money zeroAsNull;
        // unsupported
        List<String> list;
        Set<Integer> numbers;
        Object anything;
        @Counter String textCounter;
        @Ttl String textTtl;
        @Version Long numericVersion;
        @CreatedDate Long numericCreated;
        @Email Integer numericEmail;
        @Convert(converter = ListConverter.class) Money listMoney;
        @SuppressWarnings("rawtypes") Ref rawRef;
    }

    private static final ConverterFactory FACTORY = new ConverterFactory(Map.of(Money.class, new MoneyConverter()));

    private static ValueConverter converter(String field) {
        try {
            return FACTORY.forField(Fields.class.getDeclaredField(field));
        } catch (ReflectiveOperationException | UnsupportedFieldTypeException failure) {
            throw new AssertionError(failure);
        }
    }

    private static String unsupported(String field) throws ReflectiveOperationException {
        var declared = Fields.class.getDeclaredField(field);
        return assertThrows(UnsupportedFieldTypeException.class, () -> FACTORY.forField(declared)).getMessage();
    }

    // ---- the factory's choice ---------------------------------------------------------------

    @Test
    void forField_choosesTheFieldTypeFromJavaTypeAndAnnotations() {
        Map<String, FieldType> expected = Map.ofEntries(
                Map.entry("text", FieldType.STRING), Map.entry("email", FieldType.EMAIL),
                Map.entry("ulid", FieldType.ULID), Map.entry("generatedId", FieldType.ULID),
                Map.entry("version", FieldType.VERSION), Map.entry("boxedInt", FieldType.INTEGER),
                Map.entry("primitiveInt", FieldType.INTEGER), Map.entry("boxedLong", FieldType.INTEGER),
                Map.entry("primitiveShort", FieldType.INTEGER), Map.entry("bigInteger", FieldType.INTEGER),
                Map.entry("counter", FieldType.COUNTER), Map.entry("intCounter", FieldType.COUNTER),
                Map.entry("boxedDouble", FieldType.FLOAT), Map.entry("primitiveFloat", FieldType.FLOAT),
                Map.entry("decimal", FieldType.FLOAT), Map.entry("flag", FieldType.BOOLEAN),
                Map.entry("instant", FieldType.DATETIME), Map.entry("created", FieldType.CREATE_DATE),
                Map.entry("modified", FieldType.MODIFIED_DATE), Map.entry("ttl", FieldType.TTL),
                Map.entry("ttlSeconds", FieldType.TTL), Map.entry("bytes", FieldType.BINARY),
                Map.entry("labels", FieldType.STRING_SET), Map.entry("reference", FieldType.RELATED),
                Map.entry("color", FieldType.ENUM), Map.entry("annotatedMoney", FieldType.CUSTOM),
                Map.entry("registeredMoney", FieldType.CUSTOM), Map.entry("box", FieldType.CUSTOM),
                Map.entry("day", FieldType.CUSTOM));
        expected.forEach((field, type) -> assertEquals(type, converter(field).type(), field));
    }

    @Test
    void forField_rejectsUnsupportedTypes_sayingWhatIsSupported() throws ReflectiveOperationException {
        assertTrue(unsupported("list").contains("java.util.List<java.lang.String>")
                || unsupported("list").contains("java.util.List"), unsupported("list"));
        assertTrue(unsupported("list").contains("AttributeConverter"), unsupported("list"));
        assertTrue(unsupported("anything").contains("java.lang.Object"));
        assertTrue(unsupported("numbers").contains("Set<String>"));
        assertTrue(unsupported("rawRef").contains("Ref<User>"));
    }

    @Test
    void forField_rejectsAnnotationsOnTheWrongJavaType() throws ReflectiveOperationException {
        assertTrue(unsupported("textCounter").contains("@Counter"));
        assertTrue(unsupported("textTtl").contains("@Ttl"));
        assertTrue(unsupported("numericVersion").contains("@Version fields must be String"));
        assertTrue(unsupported("numericCreated").contains("Instant"));
        assertTrue(unsupported("numericEmail").contains("@Email"));
    }

    @Test
    void forField_rejectsAConverterWhoseDatabaseTypeCannotBeStored() throws ReflectiveOperationException {
        String message = unsupported("listMoney");
        assertTrue(message.contains("ListConverter") && message.contains("List"), message);
    }

    // ---- text --------------------------------------------------------------------------------

    @Test
    void text_isStoredAsS_andIsItsOwnKeyForm() {
        ValueConverter text = converter("text");
        assertEquals(AttributeValue.fromS("a#b:c"), text.toAttribute("a#b:c"));
        assertEquals("a#b:c", text.fromAttribute(AttributeValue.fromS("a#b:c")));
        assertEquals("a#b:c", text.toKeyForm("a#b:c"));
    }

    @Test
    void text_readsANumberAttributeAsItsDigits() {
        assertEquals("42", converter("text").fromAttribute(AttributeValue.fromN("42")));
    }

    @Test
    void text_rejectsOtherAttributeTypes() {
        assertThrows(IllegalArgumentException.class, () -> converter("text").fromAttribute(AttributeValue.fromBool(true)));
    }

    // ---- integers and counters ----------------------------------------------------------------

    @Test
    void integer_isStoredAsN_andKeyedAsPad20() {
        ValueConverter integer = converter("boxedInt");
        assertEquals(AttributeValue.fromN("42"), integer.toAttribute(42));
        assertEquals(42, integer.fromAttribute(AttributeValue.fromN("42")));
        assertEquals("00000000000000000042", integer.toKeyForm(42));
        assertEquals("000000000000000000-5", integer.toKeyForm(-5));
    }

    @Test
    void integer_readsTheDeclaredJavaType() {
        assertEquals(7L, converter("boxedLong").fromAttribute(AttributeValue.fromN("7")));
        assertEquals((short) 7, converter("primitiveShort").fromAttribute(AttributeValue.fromN("7")));
        assertEquals(new BigInteger("123456789012345678901234"),
                converter("bigInteger").fromAttribute(AttributeValue.fromN("123456789012345678901234")));
        assertEquals(AttributeValue.fromN("123456789012345678901234"),
                converter("bigInteger").toAttribute(new BigInteger("123456789012345678901234")));
    }

    @Test
    void integer_readsNumbersJavaScriptWroteAsDoublesOrExponents() {
        assertEquals(3, converter("boxedInt").fromAttribute(AttributeValue.fromN("3.0")));
        assertEquals(1000L, converter("boxedLong").fromAttribute(AttributeValue.fromN("1E+3")));
    }

    @Test
    void integer_whoseStoredNumberDoesNotFitTheJavaType_isAnErrorNotATruncation() {
        String tooBig = assertThrows(IllegalArgumentException.class,
                () -> converter("boxedInt").fromAttribute(AttributeValue.fromN("3000000000"))).getMessage();
        assertTrue(tooBig.contains("3000000000") && tooBig.contains("Integer") && tooBig.contains("wider type"), tooBig);
        assertThrows(IllegalArgumentException.class, () -> converter("boxedLong").fromAttribute(AttributeValue.fromN("2.5")));
        assertThrows(IllegalArgumentException.class, () -> converter("primitiveShort").fromAttribute(AttributeValue.fromN("40000")));
        assertEquals(3000000000L, converter("boxedLong").fromAttribute(AttributeValue.fromN("3000000000")));
    }

    @Test
    void counter_storesLikeAnInteger() {
        ValueConverter counter = converter("counter");
        assertEquals(AttributeValue.fromN("3"), counter.toAttribute(3L));
        assertEquals(3L, counter.fromAttribute(AttributeValue.fromN("3")));
        assertEquals(3, converter("intCounter").fromAttribute(AttributeValue.fromN("3")));
        assertEquals("00000000000000000003", counter.toKeyForm(3L));
    }

    // ---- floats -------------------------------------------------------------------------------

    @Test
    void float_isStoredAsTheShortestDecimal_andKeyedInJavaScriptExponentialForm() {
        ValueConverter number = converter("boxedDouble");
        assertEquals(AttributeValue.fromN("4.5"), number.toAttribute(4.5));
        assertEquals(4.5, number.fromAttribute(AttributeValue.fromN("4.5")));
        assertEquals("4.50000000000000000000e+0", number.toKeyForm(4.5));
        assertEquals(AttributeValue.fromN("-3.25"), number.toAttribute(-3.25));
    }

    @Test
    void float_ofAJavaFloat_storesAndKeysTheFloatsOwnShortestDecimal() {
        ValueConverter number = converter("primitiveFloat");
        assertEquals(AttributeValue.fromN("0.1"), number.toAttribute(0.1f));
        assertEquals(0.1f, number.fromAttribute(AttributeValue.fromN("0.1")));
        // the key JavaScript computes from the stored 0.1
        assertEquals("1.00000000000000005551e-1", number.toKeyForm(0.1f));
    }

    @Test
    void float_ofABigDecimal_keepsEveryDigitInTheStoredNumber() {
        ValueConverter decimal = converter("decimal");
        assertEquals(AttributeValue.fromN("12345678901234567890.123456789"),
                decimal.toAttribute(new BigDecimal("12345678901234567890.123456789")));
        assertEquals(new BigDecimal("12345678901234567890.123456789"),
                decimal.fromAttribute(AttributeValue.fromN("12345678901234567890.123456789")));
        assertEquals("4.50000000000000000000e+0", decimal.toKeyForm(new BigDecimal("4.50")));
        assertTrue(decimal.same(new BigDecimal("4.5"), new BigDecimal("4.50")));
    }

    // ---- booleans -----------------------------------------------------------------------------

    @Test
    void boolean_isStoredAsBOOL_andKeyedAsOneOrZero() {
        ValueConverter flag = converter("flag");
        assertEquals(AttributeValue.fromBool(true), flag.toAttribute(true));
        assertEquals(false, flag.fromAttribute(AttributeValue.fromBool(false)));
        assertEquals("1", flag.toKeyForm(true));
        assertEquals("0", flag.toKeyForm(false));
    }

    @Test
    void boolean_readsZeroAndOneNumbers() {
        assertEquals(true, converter("flag").fromAttribute(AttributeValue.fromN("1")));
        assertEquals(false, converter("flag").fromAttribute(AttributeValue.fromN("0")));
        assertThrows(IllegalArgumentException.class, () -> converter("flag").fromAttribute(AttributeValue.fromS("yes")));
    }

    // ---- dates ----------------------------------------------------------------------------------

    @Test
    void dateTime_isStoredAsEpochMillis_andKeyedAsPad20() {
        ValueConverter date = converter("instant");
        Instant time = Instant.ofEpochMilli(1704164645678L);
        assertEquals(AttributeValue.fromN("1704164645678"), date.toAttribute(time));
        assertEquals(time, date.fromAttribute(AttributeValue.fromN("1704164645678")));
        assertEquals("00000001704164645678", date.toKeyForm(time));
        assertEquals("0", date.toKeyForm(Instant.EPOCH));
    }

    @Test
    void dateTime_dropsSubMillisecondPrecision_andComparesByMillis() {
        ValueConverter date = converter("instant");
        Instant precise = Instant.ofEpochSecond(1704164645L, 678_999_999L);
        assertEquals(AttributeValue.fromN("1704164645678"), date.toAttribute(precise));
        assertTrue(date.same(precise, Instant.ofEpochMilli(1704164645678L)));
    }

    @Test
    void createDate_readsAnIsoStringJavaScriptStoredVerbatim() {
        ValueConverter created = converter("created");
        assertEquals(Instant.ofEpochMilli(1704164645678L), created.fromAttribute(AttributeValue.fromS("2024-01-02T03:04:05.678Z")));
        assertEquals(Instant.ofEpochMilli(1704164645678L), created.fromAttribute(AttributeValue.fromS("1704164645678")));
        assertEquals(FieldType.MODIFIED_DATE, converter("modified").type());
    }

    // ---- TTL -----------------------------------------------------------------------------------

    @Test
    void ttl_isStoredAsEpochSeconds_roundedDown() {
        ValueConverter ttl = converter("ttl");
        assertEquals(AttributeValue.fromN("1735689600"), ttl.toAttribute(Instant.ofEpochMilli(1735689600999L)));
        assertEquals(AttributeValue.fromN("-1"), ttl.toAttribute(Instant.ofEpochMilli(-1)));
        assertEquals(Instant.ofEpochSecond(1735689600L), ttl.fromAttribute(AttributeValue.fromN("1735689600")));
        assertThrows(IllegalStateException.class, () -> ttl.toKeyForm(Instant.EPOCH));
    }

    @Test
    void ttl_asLong_isEpochSeconds() {
        ValueConverter ttl = converter("ttlSeconds");
        assertEquals(AttributeValue.fromN("1735689600"), ttl.toAttribute(1735689600L));
        assertEquals(1735689600L, ttl.fromAttribute(AttributeValue.fromN("1735689600")));
    }

    // ---- binary --------------------------------------------------------------------------------

    @Test
    void binary_isStoredAsB_copiedForSnapshots_andNeverKeyed() {
        ValueConverter binary = converter("bytes");
        byte[] bytes = {1, 2, 3};
        assertEquals(AttributeValue.fromB(SdkBytes.fromByteArray(bytes)), binary.toAttribute(bytes));
        assertArrayEquals(bytes, (byte[]) binary.fromAttribute(AttributeValue.fromB(SdkBytes.fromByteArray(bytes))));
        byte[] snapshot = (byte[]) binary.snapshot(bytes);
        assertNotSame(bytes, snapshot);
        assertTrue(binary.same(bytes, snapshot));
        assertFalse(binary.same(bytes, new byte[] {1, 2}));
        assertThrows(IllegalStateException.class, () -> binary.toKeyForm(bytes));
    }

    // ---- string sets ---------------------------------------------------------------------------

    @Test
    void stringSet_isStoredAsSS_andAnEmptySetAsNothing() {
        ValueConverter set = converter("labels");
        assertEquals(AttributeValue.builder().ss("a", "b").build(), set.toAttribute(new LinkedHashSet<>(List.of("a", "b"))));
        assertNull(set.toAttribute(Set.of()));
        assertEquals(Set.of("a", "b"), set.fromAttribute(AttributeValue.builder().ss("a", "b").build()));
        assertThrows(IllegalStateException.class, () -> set.toKeyForm(Set.of("a")));
    }

    @Test
    void stringSet_treatsNullAndEmptyAsTheSameStoredValue() {
        ValueConverter set = converter("labels");
        assertTrue(set.same(null, Set.of()));
        assertFalse(set.same(null, Set.of("a")));
        assertTrue(set.same(Set.of("a", "b"), new LinkedHashSet<>(List.of("b", "a"))));
    }

    // ---- references, enums, custom ---------------------------------------------------------------

    @Test
    void reference_storesThePrimaryId_andReadsARefOfTheTargetType() {
        ValueConverter reference = converter("reference");
        Ref<Fields> ref = Ref.to(Fields.class, "a##__SK__##b");
        assertEquals(AttributeValue.fromS("a##__SK__##b"), reference.toAttribute(ref));
        Ref<?> read = (Ref<?>) reference.fromAttribute(AttributeValue.fromS("01HK421PSE1Z4KGPSHDWV0D589"));
        assertEquals(Fields.class, read.type());
        assertEquals("01HK421PSE1Z4KGPSHDWV0D589", read.id());
        assertEquals("01HK421PSE1Z4KGPSHDWV0D589", reference.toKeyForm(read));
        assertTrue(reference.same(read, Ref.to(Fields.class, "01HK421PSE1Z4KGPSHDWV0D589")));
        assertEquals(Fields.class, ConverterFactory.referenceTarget(reference));
        assertNull(ConverterFactory.referenceTarget(converter("text")));
    }

    @Test
    void enum_isStoredAsItsName() {
        ValueConverter color = converter("color");
        assertEquals(AttributeValue.fromS("GREEN"), color.toAttribute(Color.GREEN));
        assertEquals(Color.RED, color.fromAttribute(AttributeValue.fromS("RED")));
        assertEquals("GREEN", color.toKeyForm(Color.GREEN));
        String message = assertThrows(IllegalArgumentException.class,
                () -> color.fromAttribute(AttributeValue.fromS("BLUE"))).getMessage();
        assertTrue(message.contains("BLUE") && message.contains("Color"), message);
    }

    @Test
    void customConverter_fromConvertAnnotation_storesTheDatabaseSideType() {
        ValueConverter money = converter("annotatedMoney");
        assertEquals(AttributeValue.fromN("1250"), money.toAttribute(new Money(1250)));
        assertEquals(new Money(1250), money.fromAttribute(AttributeValue.fromN("1250")));
        assertEquals("00000000000000001250", money.toKeyForm(new Money(1250)));
    }

    @Test
    void customConverter_turningAValueIntoNull_storesNothing_andCannotKeyIt() {
        ValueConverter money = converter("zeroAsNull");
        assertNull(money.toAttribute(new Money(0)));
        String message = assertThrows(IllegalArgumentException.class, () -> money.toKeyForm(new Money(0))).getMessage();
        assertTrue(message.contains("ZeroAsNullConverter") && message.contains("key"), message);
    }

    @Test
    void customConverter_registeredForAType_isUsedForEveryFieldOfThatType() {
        ValueConverter money = converter("registeredMoney");
        assertEquals(AttributeValue.fromN("99"), money.toAttribute(new Money(99)));
        assertEquals(new Money(99), money.fromAttribute(AttributeValue.fromN("99")));
    }

    @Test
    void mutableInPlace_isTrueForSetsBytesAndUserTypesThatMayBeMutable_only() {
        assertTrue(converter("labels").mutableInPlace());
        assertTrue(converter("bytes").mutableInPlace());
        assertTrue(converter("box").mutableInPlace());
        assertTrue(converter("annotatedMoney").mutableInPlace(), "a record's components may be mutable");
        assertFalse(converter("day").mutableInPlace(), "java.time values are immutable");
        assertFalse(converter("text").mutableInPlace());
        assertFalse(converter("color").mutableInPlace());
    }

    @Test
    void customConverter_ofAMutableType_snapshotsAnIndependentCopy_andComparesTheStoredForm() {
        ValueConverter box = converter("box");
        Box value = new Box(3);
        Object snapshot = box.snapshot(value);
        assertNotSame(value, snapshot);
        assertTrue(box.same(snapshot, value), "equal stored forms are the same value, without equals()");
        value.width = 4;
        assertFalse(box.same(snapshot, value), "a change inside the value is seen");
        assertEquals(3, ((Box) snapshot).width);
        assertTrue(box.same(null, null));
        assertFalse(box.same(null, value));
        assertNull(box.snapshot(null));
    }

    @Test
    void customConverter_ofAnImmutableType_keepsTheValueAsItsSnapshot() {
        ValueConverter day = converter("day");
        assertSame(java.time.DayOfWeek.MONDAY, day.snapshot(java.time.DayOfWeek.MONDAY));
        assertTrue(day.same(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.MONDAY));
    }
}
