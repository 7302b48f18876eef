/**
 * Queries on the primary key or on a logical index: partition equality, sort-key conditions,
 * typed filters, limits, descending order and opaque cursors.
 *
 * <pre>{@code
 * Page<Post> page = em.query(Post.class)
 *     .index("postsForUser").partition(userId)
 *     .sort(SortCondition.gt(Instant.parse("2024-01-01T00:00:00Z")))
 *     .filter(Filter.contains("content", "another"))
 *     .limit(20).descending()
 *     .page();
 * }</pre>
 */
package dev.dynamobao.query;
