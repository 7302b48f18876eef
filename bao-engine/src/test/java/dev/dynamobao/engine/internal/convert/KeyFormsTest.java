package dev.dynamobao.engine.internal.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Key forms of {@code LAYOUT.md} §5. The float expectations were produced once with node 20:
 * {@code node -e 'console.log((x).toExponential(20))'} and pasted as literals.
 */
class KeyFormsTest {

    @ParameterizedTest
    @CsvSource({
        "42, 00000000000000000042",
        "0, 00000000000000000000",
        "-5, 000000000000000000-5",
        "-123456, 0000000000000-123456",
        "12345678901234567890, 12345678901234567890",
        "123456789012345678901, 123456789012345678901",
        "-1234567890123456789, -1234567890123456789",
    })
    void pad20_padsWithZerosToTwentyCharacters_evenBeforeAMinusSign(String text, String padded) {
        assertEquals(padded, KeyForms.pad20(text));
    }

    @Test
    void integer_isPad20OfTheDecimal() {
        assertEquals("00000000000000000042", KeyForms.integer(42));
        assertEquals("000000000000000000-7", KeyForms.integer(-7));
        assertEquals("09223372036854775807", KeyForms.integer(Long.MAX_VALUE));
        assertEquals("-9223372036854775808", KeyForms.integer(Long.MIN_VALUE));
    }

    @Test
    void dateTime_isPad20OfEpochMillis() {
        assertEquals("00000001704164645678", KeyForms.dateTime(1704164645678L));
        assertEquals("00000000000000000001", KeyForms.dateTime(1));
    }

    @Test
    void dateTime_ofEpochZero_isTheSingleDigitZero_asJavaScriptWritesIt() {
        assertEquals("0", KeyForms.dateTime(0));
    }

    @Test
    void dateTime_beforeTheEpoch_keepsTheMinusSignAfterThePadding() {
        assertEquals("00000000000-86400000", KeyForms.dateTime(-86_400_000L));
    }

    @Test
    void bool_isOneOrZero() {
        assertEquals("1", KeyForms.bool(true));
        assertEquals("0", KeyForms.bool(false));
    }

    @Test
    void floating_matchesTheLayoutExamples() {
        assertEquals("4.50000000000000000000e+0", KeyForms.floating(4.5));
        assertEquals("1.00000000000000005551e-1", KeyForms.floating(0.1));
        assertEquals("0.00000000000000000000e+0", KeyForms.floating(0));
    }

    @Test
    void floating_matchesJavaScriptToExponential20_forEveryMagnitude() {
        // expected = node -e '(x).toExponential(20)'
        Map<Double, String> expected = Map.ofEntries(
                Map.entry(-0.0, "0.00000000000000000000e+0"),
                Map.entry(-4.5, "-4.50000000000000000000e+0"),
                Map.entry(-3.25, "-3.25000000000000000000e+0"),
                Map.entry(24.5, "2.45000000000000000000e+1"),
                Map.entry(0.5, "5.00000000000000000000e-1"),
                Map.entry(21.5, "2.15000000000000000000e+1"),
                Map.entry(1.0, "1.00000000000000000000e+0"),
                Map.entry(100.0, "1.00000000000000000000e+2"),
                Map.entry(1e21, "1.00000000000000000000e+21"),
                Map.entry(1e22, "1.00000000000000000000e+22"),
                Map.entry(Double.MAX_VALUE, "1.79769313486231570815e+308"),
                Map.entry(Double.MIN_VALUE, "4.94065645841246544177e-324"),
                Map.entry(Double.MIN_NORMAL, "2.22507385850720138309e-308"),
                Map.entry(123456789.123, "1.23456789122999995947e+8"),
                Map.entry(1.0 / 3, "3.33333333333333314830e-1"),
                Map.entry(2.0 / 3, "6.66666666666666629659e-1"),
                Map.entry(2.5e-7, "2.49999999999999988687e-7"),
                Map.entry(1e-7, "9.99999999999999954748e-8"),
                Map.entry(9007199254740992.0, "9.00719925474099200000e+15"),
                Map.entry(0.30000000000000004, "3.00000000000000044409e-1"),
                Map.entry(1e100, "1.00000000000000001590e+100"),
                Map.entry(-1e-100, "-1.00000000000000001999e-100"),
                Map.entry(1.2345678901234568e22, "1.23456789012345677414e+22"),
                Map.entry(Math.PI, "3.14159265358979311600e+0"));
        expected.forEach((value, form) -> assertEquals(form, KeyForms.floating(value), () -> "toExponential(20) of " + value));
    }

    @Test
    void floating_roundsAnExactTieHalfUp_likeJavaScript() {
        // 2^-31 = 4.656612873077392578125e-10 exactly: the 22nd significant digit is a lone 5.
        assertEquals("4.65661287307739257813e-10", KeyForms.floating(Math.pow(2, -31)));
        assertEquals("-4.65661287307739257813e-10", KeyForms.floating(-Math.pow(2, -31)));
    }

    @Test
    void floating_rejectsNaNAndInfinity() {
        assertThrows(IllegalArgumentException.class, () -> KeyForms.floating(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> KeyForms.floating(Double.POSITIVE_INFINITY));
    }

    @ParameterizedTest
    @CsvSource({
        "4.5, 4.5",
        "1.0, 1",
        "0.1, 0.1",
        "100.0, 100",
        "-3.25, -3.25",
        "0.0, 0",
        "-0.0, 0",
        "1.0E20, 100000000000000000000",
        "0.000001, 0.000001",
    })
    void floatingStored_isTheShortestRoundTripDecimal(double value, String stored) {
        assertEquals(stored, KeyForms.floatingStored(value));
        assertEquals(value == 0 ? 0.0 : value, Double.parseDouble(KeyForms.floatingStored(value)));
    }

    @Test
    void floatingStored_ofHugeAndTinyValues_usesAnExponentDynamoDbAccepts() {
        assertEquals(1e21, Double.parseDouble(KeyForms.floatingStored(1e21)));
        assertEquals(2.5e-7, Double.parseDouble(KeyForms.floatingStored(2.5e-7)));
        assertThrows(IllegalArgumentException.class, () -> KeyForms.floatingStored(Double.NaN));
    }
}
