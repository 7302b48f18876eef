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
     * Install the enhancement agent into the running JVM when the factory is built (needs
     * {@code bao-enhancer} on the class path); entity classes must not be loaded before that.
     * Classes already loaded fall back to snapshots.
     */
    SELF_ATTACH
}
