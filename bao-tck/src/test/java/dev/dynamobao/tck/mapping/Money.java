package dev.dynamobao.tck.mapping;

/**
 * A user value type stored through a converter.
 *
 * @param cents the amount in cents
 */
public record Money(long cents) {
}
