package dev.dynamobao.enhancer.internal;

/** Names of the members the enhancer adds to an entity class; all start with {@value #PREFIX}. */
final class EnhancementNames {

    /** Prefix of every added member; fields with this prefix are never tracked. */
    static final String PREFIX = "$bao$";

    /** Instance field holding the dirty bits ({@code long[]}, allocated on the first write). */
    static final String DIRTY_FIELD = PREFIX + "dirty";

    /** Instance field holding the engine's per-instance state. */
    static final String STATE_FIELD = PREFIX + "state";

    /** Static field holding the tracked field names in index order. */
    static final String NAMES_FIELD = PREFIX + "TRACKED_FIELDS";

    /** Static field holding an all-zero bit set, returned before the first write. */
    static final String CLEAN_FIELD = PREFIX + "CLEAN";

    /** Prefix of the static write helpers, followed by the field name. */
    static final String WRITE_HELPER_PREFIX = PREFIX + "write$";

    /** Prefix of the static read helpers of possibly mutable fields, followed by the field name. */
    static final String READ_HELPER_PREFIX = PREFIX + "read$";

    /** Binary name of the annotation that selects the classes to enhance. */
    static final String ENTITY_ANNOTATION = "jakarta.persistence.Entity";

    /** Binary name of the annotation that excludes a field from tracking. */
    static final String TRANSIENT_ANNOTATION = "jakarta.persistence.Transient";

    private EnhancementNames() {
    }

    static String writeHelperName(String fieldName) {
        return WRITE_HELPER_PREFIX + fieldName;
    }

    static String readHelperName(String fieldName) {
        return READ_HELPER_PREFIX + fieldName;
    }
}
