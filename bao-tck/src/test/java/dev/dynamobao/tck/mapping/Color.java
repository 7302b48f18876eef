package dev.dynamobao.tck.mapping;

/** An enum field type, stored by constant name. */
public enum Color {
    /** Red. */
    RED,
    /** Green. */
    GREEN,
    /** Blue. */
    BLUE
}
