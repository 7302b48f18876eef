package dev.dynamobao.processor.internal;

/**
 * dynamo-bao's code-generator naming rules (0.4.2, {@code bin/generators/model.js}), applied to
 * Java:
 * <ul>
 *   <li>a unique constraint gives {@code findBy} + its name without a leading {@code unique}
 *       ({@code uniqueEmail} → {@code findByEmail});</li>
 *   <li>an index gives {@code query} + the part of its name before the first {@code For},
 *       capitalized ({@code postsForUser} → {@code queryPosts}); a name without {@code For} is
 *       used whole ({@code recentPosts} → {@code queryRecentPosts}); the primary key of a model
 *       whose partition key is a reference, without a {@code PRIMARY_KEY} alias, gives
 *       {@code query} + model name + {@code s};</li>
 *   <li>an index of a mapping model gives {@code get} + the same part ({@code tagsForPost} →
 *       {@code getTags});</li>
 *   <li>a reference field gives {@code get} + its name without a trailing {@code Id},
 *       capitalized ({@code userId} → {@code getUser}).</li>
 * </ul>
 */
public final class FinderNames {

    private FinderNames() {
    }

    /** {@code findBy} + the constraint name without a leading {@code unique}. */
    public static String uniqueFinder(String constraintName) {
        return "findBy" + (constraintName.startsWith("unique") ? constraintName.substring("unique".length()) : constraintName);
    }

    /** {@code verb} + the capitalized part of {@code indexName} before its first {@code For}. */
    public static String indexMethod(String verb, String indexName) {
        int forAt = indexName.indexOf("For");
        return verb + capitalize(forAt >= 0 ? indexName.substring(0, forAt) : indexName);
    }

    /** {@code query} + model name + {@code s}: the primary key of a child model without an alias. */
    public static String primaryKeyQuery(String modelName) {
        return "query" + modelName + "s";
    }

    /** {@code get} + the capitalized field name without a trailing {@code Id}. */
    public static String referenceGetter(String fieldName) {
        String base = fieldName.endsWith("Id") ? fieldName.substring(0, fieldName.length() - 2) : fieldName;
        return "get" + capitalize(base);
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
