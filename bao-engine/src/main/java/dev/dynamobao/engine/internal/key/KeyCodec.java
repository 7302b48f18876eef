package dev.dynamobao.engine.internal.key;

import dev.dynamobao.ValidationException;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.FieldModel;
import dev.dynamobao.engine.internal.model.IndexModel;
import dev.dynamobao.engine.internal.model.KeyShape;
import dev.dynamobao.engine.internal.model.UniqueModel;

/** Builds and parses every key string of the layout. Stateless. */
public final class KeyCodec {

    /** The composite primary-id separator. */
    public static final String SEPARATOR = "##__SK__##";
    /** The {@code _sk} of unique-constraint items. */
    public static final String CONSTRAINT_SORT_KEY = "_raft_uc";

    private KeyCodec() {
    }

    /** {@code [tenant]#}, or the empty string without tenant. */
    public static String tenantPrefix(String tenant) {
        return tenant == null ? "" : "[" + tenant + "]#";
    }

    /**
     * The key form of one key value of {@code field}, checked against {@code LAYOUT.md} §16.6.
     *
     * @throws ValidationException for null, empty values and values containing the separator
     */
    public static String keyForm(EntityModel model, FieldModel field, Object value) {
        if (value == null) {
            throw new ValidationException(model.name() + "." + field.name() + " is part of the key and must not be null");
        }
        String form;
        try {
            form = field.keyForm(value);
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException unusable) {
            throw new ValidationException(model.name() + "." + field.name() + " value '" + value + "' cannot be used in a key: "
                    + unusable.getMessage(), unusable);
        }
        checkKeyText(model, field, form);
        return form;
    }

    private static void checkKeyText(EntityModel model, FieldModel field, String form) {
        if (form.isEmpty()) {
            throw new ValidationException(model.name() + "." + field.name() + " is part of a key and must not be empty");
        }
        if (form.contains(SEPARATOR)) {
            throw new ValidationException(model.name() + "." + field.name() + " value '" + form
                    + "' contains the reserved sequence " + SEPARATOR + " (the separator of composite primary ids);"
                    + " key values must not contain it: use a value without " + SEPARATOR);
        }
    }

    /** The primary id of an entity instance ({@code LAYOUT.md} §4.1). */
    public static String primaryId(EntityModel model, Object entity) {
        return switch (model.shape()) {
            case PARTITION_ONLY -> keyForm(model, model.partitionKey(), model.partitionKey().get(entity));
            case PREFIX_PARTITION -> keyForm(model, model.sortKey(), model.sortKey().get(entity));
            case COMPOSITE -> keyForm(model, model.partitionKey(), model.partitionKey().get(entity)) + SEPARATOR
                    + keyForm(model, model.sortKey(), model.sortKey().get(entity));
        };
    }

    /** The primary id from key values (analog of {@code makePrimaryId}). */
    public static String primaryId(EntityModel model, Object partitionValue, Object sortValue) {
        return switch (model.shape()) {
            case PARTITION_ONLY -> {
                if (sortValue != null) {
                    throw new ValidationException(model.name() + " has no sort key; pass null as the sort-key value");
                }
                yield keyPart(model, model.partitionKey(), partitionValue);
            }
            case PREFIX_PARTITION -> keyPart(model, model.sortKey(), sortValue != null ? sortValue : partitionValue);
            case COMPOSITE -> keyPart(model, model.partitionKey(), partitionValue) + SEPARATOR
                    + keyPart(model, model.sortKey(), sortValue);
        };
    }

    private static String keyPart(EntityModel model, FieldModel field, Object value) {
        if (value instanceof String text && field.javaType() != String.class) {
            checkKeyText(model, field, text);
            return text;
        }
        return keyForm(model, field, value);
    }

    /**
     * The table key of the item with {@code primaryId} ({@code LAYOUT.md} §4.3).
     *
     * @throws ValidationException when the id does not fit the model's key shape
     */
    public static ItemKey itemKey(EntityModel model, String tenant, String primaryId) {
        if (primaryId == null || primaryId.isEmpty()) {
            throw new ValidationException(model.name() + " id must not be empty");
        }
        int separator = primaryId.indexOf(SEPARATOR);
        String prefix = model.prefix();
        switch (model.shape()) {
            case PARTITION_ONLY -> {
                if (separator >= 0) {
                    throw new ValidationException("'" + primaryId + "' is a composite id (it contains " + SEPARATOR
                            + "), but " + model.name() + " has a single key (" + model.partitionKey().name() + "): pass the "
                            + model.partitionKey().name() + " value alone, e.g. find(" + model.type().getSimpleName()
                            + ".class, " + model.partitionKey().name() + "); a value containing " + SEPARATOR
                            + " can never be stored as a key");
                }
                return new ItemKey(partition(model, tenant, primaryId), prefix);
            }
            case PREFIX_PARTITION -> {
                if (separator >= 0) {
                    throw new ValidationException("'" + primaryId + "' is a composite id (it contains " + SEPARATOR
                            + "), but " + model.name() + " is keyed by " + model.sortKey().name() + " alone: pass the "
                            + model.sortKey().name() + " value alone; a value containing " + SEPARATOR
                            + " can never be stored as a key");
                }
                return new ItemKey(prefix, primaryId);
            }
            default -> {
                if (separator < 0 || primaryId.indexOf(SEPARATOR, separator + 1) >= 0) {
                    throw new ValidationException("'" + primaryId + "' is not a " + model.name() + " id: " + model.name()
                            + " has a composite key; build ids with primaryId(" + model.type().getSimpleName()
                            + ".class, " + model.partitionKey().name() + ", " + model.sortKey().name() + ")");
                }
                String partition = primaryId.substring(0, separator);
                String sort = primaryId.substring(separator + SEPARATOR.length());
                if (partition.isEmpty() || sort.isEmpty()) {
                    throw new ValidationException("'" + primaryId + "' has an empty key part: build " + model.name()
                            + " ids with primaryId(" + model.type().getSimpleName() + ".class, "
                            + model.partitionKey().name() + ", " + model.sortKey().name() + ") from two non-empty values");
                }
                return new ItemKey(partition(model, tenant, partition), sort);
            }
        }
    }

    /**
     * The {@code _pk} of an item whose partition key field has key form {@code keyForm}:
     * {@code T + P + # + kf} ({@code LAYOUT.md} §4.3); not for models keyed by the model prefix.
     */
    public static String partition(EntityModel model, String tenant, String keyForm) {
        return tenantPrefix(tenant) + model.prefix() + "#" + keyForm;
    }

    /** The primary id of a stored item, from its key ({@code _iter_sk} holds it too). */
    public static String primaryIdOf(EntityModel model, ItemKey key) {
        return switch (model.shape()) {
            case PARTITION_ONLY -> afterModelPrefix(model, key.pk());
            case PREFIX_PARTITION -> key.sk();
            case COMPOSITE -> afterModelPrefix(model, key.pk()) + SEPARATOR + key.sk();
        };
    }

    private static String afterModelPrefix(EntityModel model, String pk) {
        String marker = model.prefix() + "#";
        int start = 0;
        if (pk.startsWith("[")) {
            start = pk.indexOf("]#") + 2;
        }
        return pk.substring(start + marker.length());
    }

    /** {@code _gsiN_pk} value: {@code T + P + #gsiN# + kf} ({@code LAYOUT.md} §6). */
    public static String indexPartition(EntityModel model, String tenant, IndexModel index, String partitionKeyForm) {
        return tenantPrefix(tenant) + model.prefix() + "#" + index.indexName() + "#" + partitionKeyForm;
    }

    /** The key form of an index source: the model prefix when {@code field} is null. */
    public static String indexKeyForm(EntityModel model, FieldModel field, Object value) {
        return field == null ? model.prefix() : keyForm(model, field, value);
    }

    /** {@code _iter_pk} value ({@code LAYOUT.md} §7). */
    public static String iterationPartition(EntityModel model, String tenant, String primaryId) {
        return iterationPartition(model, tenant, bucketOf(primaryId, model.iterationBuckets()));
    }

    /** {@code _iter_pk} value of bucket {@code bucket}. */
    public static String iterationPartition(EntityModel model, String tenant, int bucket) {
        String base = tenantPrefix(tenant) + model.prefix() + "#iter";
        if (model.iterationBuckets() == 1) {
            return base;
        }
        String number = Integer.toString(bucket);
        return base + "#" + "000".substring(number.length()) + number;
    }

    /** The iteration bucket of a primary id: {@code abs(hashCode) mod buckets}, abs taken in 64 bits. */
    public static int bucketOf(String primaryId, int buckets) {
        return (int) (Math.abs((long) primaryId.hashCode()) % buckets);
    }

    /** The {@code _pk} (and {@code uniqueValue}) of a unique-constraint item ({@code LAYOUT.md} §8). */
    public static String constraintKey(EntityModel model, String tenant, UniqueModel unique, String value) {
        return tenantPrefix(tenant) + CONSTRAINT_SORT_KEY + "#" + unique.id().constraintId() + "#" + model.prefix() + "#"
                + unique.field().attributeName() + ":" + value;
    }

    /** Whether a shape-A/B/C key uses the tenant prefix (shape C never does, {@code LAYOUT.md} §11). */
    public static boolean tenantScoped(EntityModel model) {
        return model.shape() != KeyShape.PREFIX_PARTITION;
    }

    /**
     * The tenant that goes into {@code model}'s keys: {@code tenant} for tenant-scoped shapes,
     * {@code null} for shape C ({@code LAYOUT.md} §11). The one place deciding it.
     */
    public static String keyTenant(EntityModel model, String tenant) {
        return tenantScoped(model) ? tenant : null;
    }
}
