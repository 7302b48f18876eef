package dev.dynamobao.engine.internal.schema;

import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * One global secondary index of the layout: its name, key attributes (both type {@code S}) and
 * projection.
 *
 * @param name              the index name, e.g. {@code gsi1}
 * @param partitionKey      the HASH key attribute
 * @param sortKey           the RANGE key attribute
 * @param projectionType    what the index projects
 * @param nonKeyAttributes  the projected non-key attributes when {@code projectionType} is {@code INCLUDE}
 * @param legacyOptional    {@code true} when tables made by older dynamo-bao versions may lack it;
 *                          its absence is then a warning, not a mismatch
 * @param origin            when dynamo-bao started creating it, used in messages about a missing index
 */
public record IndexDefinition(
        String name,
        String partitionKey,
        String sortKey,
        ProjectionType projectionType,
        List<String> nonKeyAttributes,
        boolean legacyOptional,
        String origin) {

    /** Validates and copies the arguments. */
    public IndexDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(partitionKey, "partitionKey");
        Objects.requireNonNull(sortKey, "sortKey");
        Objects.requireNonNull(projectionType, "projectionType");
        nonKeyAttributes = List.copyOf(nonKeyAttributes);
        Objects.requireNonNull(origin, "origin");
    }

    /** The projection in words, e.g. {@code ALL} or {@code INCLUDE [_searchText]}. */
    public String projectionText() {
        return ProjectionText.of(projectionType, nonKeyAttributes);
    }

    /** The whole definition in words, for messages. */
    public String describe() {
        return "HASH '" + partitionKey + "' (S), RANGE '" + sortKey + "' (S), projection " + projectionText();
    }
}
