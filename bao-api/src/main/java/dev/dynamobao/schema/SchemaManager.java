package dev.dynamobao.schema;

import java.util.List;

/**
 * Creates and checks the factory's single table: {@code _pk}/{@code _sk}, the GSIs
 * {@code gsi1}..{@code gsi5}, the iteration indexes, on-demand billing and TTL on {@code ttl}
 * ({@code LAYOUT.md} §2). Obtain it with {@code factory.schema()}.
 */
public interface SchemaManager {

    /** The table name. */
    String tableName();

    /**
     * Creates the table if it does not exist and waits until it is active; checks it if it does.
     * Idempotent. Sends {@code DescribeTable}, then {@code CreateTable} and
     * {@code UpdateTimeToLive} when needed.
     *
     * @throws TableSchemaMismatchException when an existing table differs, listing each difference
     */
    void ensureTable();

    /**
     * Creates the table and waits until it is active.
     *
     * @throws TableSchemaMismatchException when a table of that name already exists with another schema
     */
    void createTable();

    /**
     * Brings an existing table up to the layout, as dynamo-bao's {@code bao-update-table} does: adds each
     * index that a table made by an older dynamo-bao lacks ({@code gsi4}, {@code gsi5},
     * {@code iter_search_index}; one {@code UpdateTable} per index, waiting until it is active) and turns
     * TTL on {@code ttl} on. Idempotent. Differences an update cannot repair are checked first, so that
     * nothing is changed when there are any.
     *
     * @return one sentence per change made, in order; empty when the table already had everything
     * @throws TableSchemaMismatchException when the table differs in a way an update cannot repair (keys,
     *     billing mode, a projection too small), listing each difference
     * @throws dev.dynamobao.DataAccessException when the table does not exist (create it with
     *     {@link #ensureTable()}) or a request fails
     */
    List<String> updateTable();

    /** Differences between the existing table and the expected layout; empty when it matches or is absent. */
    List<String> differences();

    /** Whether the table exists. */
    boolean exists();

    /** Deletes the table (tests and tools), waiting until it is gone; no-op when absent. */
    void deleteTable();
}
