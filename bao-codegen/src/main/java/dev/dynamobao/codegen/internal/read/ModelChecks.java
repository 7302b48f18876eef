package dev.dynamobao.codegen.internal.read;

import dev.dynamobao.codegen.internal.model.FieldDef;
import dev.dynamobao.codegen.internal.model.FieldType;
import dev.dynamobao.codegen.internal.model.ModelDef;
import dev.dynamobao.codegen.internal.problem.Problems;
import dev.dynamobao.codegen.internal.yaml.Suggestions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/** The checks that need every model: prefixes used twice, references to unknown models or unusable keys. */
final class ModelChecks {

    private final Problems problems;
    private final Map<String, Node> relatedTargetNodes;
    private final Map<String, Node> keyNodes;

    ModelChecks(Problems problems, Map<String, Node> relatedTargetNodes, Map<String, Node> keyNodes) {
        this.problems = problems;
        this.relatedTargetNodes = relatedTargetNodes;
        this.keyNodes = keyNodes;
    }

    void check(List<ModelDef> models) {
        Map<String, ModelDef> byName = new HashMap<>();
        models.forEach(m -> byName.put(m.name(), m));
        Map<String, String> prefixes = new HashMap<>();
        for (ModelDef model : models) {
            String earlier = prefixes.putIfAbsent(model.prefix(), model.name());
            if (earlier != null) {
                problems.add(keyNodes.get(model.name() + "#prefix"), model.name(), null, "modelPrefix \"" + model.prefix()
                        + "\" is already the prefix of model " + earlier + " (prefixes tell the models apart in the one table)",
                        "choose a prefix no other model uses");
            }
        }
        for (ModelDef model : models) {
            for (FieldDef field : model.fields()) {
                if (field.type() != FieldType.RELATED || field.relatedModel() == null) {
                    continue;
                }
                Node at = relatedTargetNodes.get(model.name() + "." + field.name());
                ModelDef target = byName.get(field.relatedModel());
                if (target == null) {
                    problems.add(at, model.name(), field.name(), "RelatedField refers to the unknown model \""
                            + field.relatedModel() + "\"", Suggestions.fix(field.relatedModel(), byName.keySet().stream().sorted().toList()));
                } else if (target.compositeKey() && (field.name().equals(model.partitionKey()) || field.name().equals(model.sortKey()))) {
                    String which = field.name().equals(model.partitionKey()) ? "#pk" : "#sk";
                    problems.add(keyNodes.getOrDefault(model.name() + which, at), model.name(), field.name(),
                            "a reference to " + target.name() + ", whose primary id has two parts, cannot be part of the primary key"
                                    + " (its id contains ##__SK__##)", "key the model by another field, or give " + target.name()
                                    + " a single-field primary key");
                }
            }
        }
    }
}
