package dev.dynamobao.codegen.internal.yaml;

import dev.dynamobao.codegen.internal.problem.Problems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping read for one model or field: keys in file order, each with its key and value node,
 * and typed readers that record a problem (with position, model and field) instead of throwing.
 */
public final class YamlMap {

    /** One entry: the key text, its key node (position, comments) and its value node. */
    public record Entry(String key, Node keyNode, Node value) {
    }

    private final Node node;
    private final Map<String, Entry> entries;
    private final Problems problems;
    private final String model;
    private final String field;

    private YamlMap(Node node, Map<String, Entry> entries, Problems problems, String model, String field) {
        this.node = node;
        this.entries = entries;
        this.problems = problems;
        this.model = model;
        this.field = field;
    }

    /**
     * Reads {@code node} as a mapping with text keys; a non-mapping, a non-text key or a duplicate key
     * is recorded as a problem ({@code what} names the mapping in the message).
     */
    public static Optional<YamlMap> of(Node node, String what, Problems problems, String model, String field) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(node, model, field, what + " must be a mapping of keys to values, not " + describe(node),
                    "write it as 'key: value' lines indented under it");
            return Optional.empty();
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
                problems.add(keyNode, model, field, "a key of " + what + " is not a name", "use a plain name as the key");
                continue;
            }
            String key = scalar.getValue();
            Entry earlier = entries.get(key);
            if (earlier != null) {
                problems.add(keyNode, model, field, "duplicate key \"" + key + "\" in " + what + " (first at line "
                        + line(earlier.keyNode()) + ")", "keep one of the two; YAML parsers reject or silently drop duplicates");
                continue;
            }
            entries.put(key, new Entry(key, keyNode, tuple.getValueNode()));
        }
        return Optional.of(new YamlMap(node, entries, problems, model, field));
    }

    /** The mapping's node. */
    public Node node() {
        return node;
    }

    /** The entries in file order. */
    public Collection<Entry> entries() {
        return entries.values();
    }

    /** The entry of {@code key}, if present. */
    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Records a problem for every key not in {@code known}, with a "did you mean". */
    public void rejectUnknownKeys(List<String> known, String what) {
        for (Entry entry : entries.values()) {
            if (!known.contains(entry.key())) {
                problems.add(entry.keyNode(), model, field, "unknown key \"" + entry.key() + "\" in " + what,
                        Suggestions.fix(entry.key(), known));
            }
        }
    }

    /** The text of {@code key}; absent (and a problem) when it is not plain text. */
    public Optional<String> text(String key) {
        return entry(key).flatMap(e -> text(e.value(), "\"" + key + "\""));
    }

    /** The text of a value node; a problem when it is not a non-empty text. */
    public Optional<String> text(Node value, String what) {
        if (value instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL) && !scalar.getValue().isEmpty()) {
            return Optional.of(scalar.getValue());
        }
        problems.add(value, model, field, what + " must be a non-empty text, not " + describe(value), "give it a value");
        return Optional.empty();
    }

    /** The boolean of {@code key}; absent (and a problem) when it is not {@code true}/{@code false}. */
    public Optional<Boolean> bool(String key) {
        return entry(key).flatMap(e -> {
            if (e.value() instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
                return Optional.of(Boolean.parseBoolean(scalar.getValue().toLowerCase(java.util.Locale.ROOT)));
            }
            problems.add(e.value(), model, field, "\"" + key + "\" must be true or false, not " + describe(e.value()),
                    "write " + key + ": true or " + key + ": false");
            return Optional.empty();
        });
    }

    /** The integer of {@code key}; absent (and a problem) when it is not a whole number. */
    public Optional<Long> integer(String key) {
        return entry(key).flatMap(e -> {
            if (e.value() instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
                try {
                    return Optional.of(Long.decode(scalar.getValue().replace("0o", "0")));
                } catch (NumberFormatException ignored) {
                    // reported below
                }
            }
            problems.add(e.value(), model, field, "\"" + key + "\" must be a whole number, not " + describe(e.value()),
                    "write a number such as " + key + ": 10");
            return Optional.empty();
        });
    }

    /** The YAML comments written on the line(s) before {@code keyNode} and after its value on the same line. */
    public static List<String> comments(Node keyNode, Node value) {
        List<String> lines = new ArrayList<>();
        add(lines, keyNode.getBlockComments());
        add(lines, keyNode.getInLineComments());
        add(lines, value.getInLineComments());
        if (value instanceof ScalarNode) {
            add(lines, value.getBlockComments());
        }
        return lines;
    }

    private static void add(List<String> lines, List<CommentLine> comments) {
        if (comments == null) {
            return;
        }
        for (CommentLine comment : comments) {
            String text = comment.getValue();
            if (text != null && !text.isBlank()) {
                lines.add(text.strip());
            }
        }
    }

    /** A short description of a node for messages: "a mapping", "a list", "nothing", "the text 'x'". */
    public static String describe(Node node) {
        if (node == null) {
            return "nothing";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof ScalarNode scalar) {
            if (scalar.getTag().equals(Tag.NULL)) {
                return "nothing";
            }
            return (scalar.getTag().equals(Tag.STR) ? "the text \"" : "the value \"") + scalar.getValue() + "\"";
        }
        return "a list";
    }

    /** The 1-based line of a node. */
    public static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }
}
