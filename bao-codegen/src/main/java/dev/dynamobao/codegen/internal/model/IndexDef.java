package dev.dynamobao.codegen.internal.model;

/**
 * One entry of a model's {@code indexes}: a GSI ({@code slot} 1-5) or an alias of the primary key ({@code slot} 0).
 *
 * @param name the index name
 * @param slot 1-5 for {@code gsi1}..{@code gsi5}, 0 for {@code primaryKey}
 * @param partitionKey a field name or {@code modelPrefix}; {@code null} for the primary key alias
 * @param sortKey a field name or {@code modelPrefix}; {@code null} for the primary key alias
 */
public record IndexDef(String name, int slot, String partitionKey, String sortKey) {

    /** Whether this entry is {@code name: primaryKey}. */
    public boolean primaryKeyAlias() {
        return slot == 0;
    }
}
