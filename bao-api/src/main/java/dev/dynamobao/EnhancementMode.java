package dev.dynamobao;

/** How the engine learns which fields of an entity changed. */
public enum EnhancementMode {
    /**
     * Use the field-level dirty bits of enhanced classes; compare against a snapshot taken at load
     * for classes that are not enhanced (same writes, more CPU; logged once at INFO). Default.
     */
    AUTO,
    /** Every entity class must be enhanced at build time; otherwise the factory build fails. */
    REQUIRED,
    /**
     * Attach the enhancement agent to the running JVM (needs {@code bao-enhancer} on the class
     * path) as soon as the builder's {@code enhancement(SELF_ATTACH)} is called — before
     * {@code entities(...)} loads the entity classes — or earlier with
     * {@link Bao#installEnhancementAgent()}. Classes the JVM loaded before that fall back to
     * snapshots.
     */
    SELF_ATTACH
}
