package dev.dynamobao.tck.mapping;

/**
 * A user value type registered with {@code Bao.configure().converter(...)}.
 *
 * @param celsius degrees Celsius
 */
public record Temperature(double celsius) {
}
