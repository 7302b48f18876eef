package dev.dynamobao.annotation;

/** The constraint slot of a unique constraint; at most three per model ({@code LAYOUT.md} §8). */
public enum UniqueId {
    /** Constraint id {@code _uc1}. */
    UC1,
    /** Constraint id {@code _uc2}. */
    UC2,
    /** Constraint id {@code _uc3}. */
    UC3;

    /** The stored constraint id, such as {@code _uc1}. */
    public String constraintId() {
        return "_" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
