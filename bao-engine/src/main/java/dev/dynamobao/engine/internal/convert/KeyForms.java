package dev.dynamobao.engine.internal.convert;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The text forms of values inside keys, exactly as dynamo-bao writes them ({@code LAYOUT.md} §5). */
public final class KeyForms {

    private static final MathContext TWENTY_ONE_DIGITS = new MathContext(21, RoundingMode.HALF_UP);
    private static final String ZEROS = "00000000000000000000";

    private KeyForms() {
    }

    /**
     * Left-pads with {@code 0} to 20 characters (a leading {@code -} is padded before, as JS does:
     * {@code -5} becomes {@code 000000000000000000-5}); 20+ characters are left alone.
     */
    public static String pad20(String text) {
        return text.length() >= 20 ? text : ZEROS.substring(text.length()) + text;
    }

    /** Key form of an integer: {@code pad20(decimal)}. */
    public static String integer(long value) {
        return pad20(Long.toString(value));
    }

    /** Key form of a date: {@code pad20(epochMillis)}, and {@code 0} for epoch 0 (a JS falsy quirk). */
    public static String dateTime(long epochMillis) {
        return epochMillis == 0 ? "0" : pad20(Long.toString(epochMillis));
    }

    /** Key form of a boolean: {@code 1} or {@code 0}. */
    public static String bool(boolean value) {
        return value ? "1" : "0";
    }

    /**
     * Key form of a float: JavaScript's {@code toExponential(20)} — the exact binary value rounded
     * half-up to 21 significant digits, e.g. {@code 4.50000000000000000000e+0}.
     */
    public static String floating(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("NaN and infinite numbers cannot be stored");
        }
        if (value == 0) {
            return "0.00000000000000000000e+0";
        }
        BigDecimal rounded = new BigDecimal(value).round(TWENTY_ONE_DIGITS);
        String digits = rounded.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - rounded.scale();
        StringBuilder mantissa = new StringBuilder(digits);
        while (mantissa.length() < 21) {
            mantissa.append('0');
        }
        // Rounding can leave trailing zeros stripped from the unscaled value; the exponent above
        // is computed from the unpadded digits, so it stays right.
        mantissa.setLength(21);
        return (value < 0 ? "-" : "") + mantissa.charAt(0) + '.' + mantissa.substring(1)
                + 'e' + (exponent >= 0 ? "+" : "-") + Math.abs(exponent);
    }

    /**
     * The stored number text of a float: the shortest decimal that round-trips, without exponent
     * for ordinary magnitudes (JS {@code String(number)} style: {@code 4.5}, {@code 1}).
     */
    public static String floatingStored(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("NaN and infinite numbers cannot be stored");
        }
        BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return shortest.scale() < 0 && shortest.precision() - shortest.scale() <= 21
                ? shortest.toPlainString() : shortest.toString();
    }
}
