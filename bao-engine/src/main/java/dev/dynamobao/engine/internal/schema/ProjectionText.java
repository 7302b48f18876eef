package dev.dynamobao.engine.internal.schema;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/** Renders an index projection for messages. */
final class ProjectionText {

    private ProjectionText() {
    }

    static String of(ProjectionType type, List<String> nonKeyAttributes) {
        if (type == ProjectionType.INCLUDE) {
            return "INCLUDE " + nonKeyAttributes;
        }
        return String.valueOf(type);
    }
}
