package dev.dynamobao.codegen.internal.yaml;

import dev.dynamobao.codegen.internal.problem.ModelFileException;
import dev.dynamobao.codegen.internal.problem.Problem;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses YAML text into a node tree that keeps every node's position and comments. The YAML 1.2
 * core schema is used, as js-yaml (dynamo-bao's parser) does: {@code yes} is text, {@code true} a boolean.
 */
public final class YamlFile {

    private YamlFile() {
    }

    /**
     * The root node of {@code text}, empty for an empty document.
     *
     * @throws ModelFileException for a syntax error, placed at its line and column
     */
    public static Optional<Node> parse(String fileName, String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(fileName)
                .setSchema(new CoreSchema())
                .setParseComments(true)
                .setAllowDuplicateKeys(true) // reported by the readers, with both positions
                .build();
        try {
            return new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            int line = mark.map(m -> m.getLine() + 1).orElse(1);
            int column = mark.map(m -> m.getColumn() + 1).orElse(1);
            String what = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            throw new ModelFileException(fileName, List.of(new Problem(fileName, line, column, null, null,
                    "YAML syntax error: " + what + context, "correct the YAML at this position")));
        } catch (YamlEngineException e) {
            throw new ModelFileException(fileName, List.of(new Problem(fileName, 1, 1, null, null,
                    "YAML error: " + e.getMessage(), "correct the YAML")));
        }
    }
}
