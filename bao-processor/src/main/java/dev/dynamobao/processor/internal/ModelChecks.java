package dev.dynamobao.processor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * The checks that span models (the engine's {@code ModelRegistry}): distinct prefixes and model
 * names, and no reference to a composite-key model inside a primary key. At compile time the
 * processor cannot know which classes one factory registers, so prefixes and names are compared
 * among models connected by {@code Ref} fields (a factory must register every {@code Ref} target,
 * so these always share a table).
 */
public final class ModelChecks {

    private final Problems problems;

    /** Creates the checks, reporting into {@code problems}. */
    public ModelChecks(Problems problems) {
        this.problems = problems;
    }

    /**
     * Checks the entities of one round.
     *
     * @param entities every {@code @Entity} class of the round
     * @param models the models read without problems
     * @return the entities that clash with another (no metamodel is generated for them)
     */
    public List<TypeElement> check(List<TypeElement> entities, List<ModelInfo> models) {
        Map<String, String> parent = new HashMap<>();
        Map<String, TypeElement> byName = new LinkedHashMap<>();
        for (TypeElement entity : entities) {
            byName.put(entity.getQualifiedName().toString(), entity);
        }
        for (TypeElement entity : entities) {
            for (TypeElement target : refTargets(entity)) {
                byName.putIfAbsent(target.getQualifiedName().toString(), target);
                union(parent, entity.getQualifiedName().toString(), target.getQualifiedName().toString());
            }
        }
        List<TypeElement> clashing = new ArrayList<>();
        Map<String, TypeElement> prefixes = new HashMap<>();
        Map<String, TypeElement> names = new HashMap<>();
        for (TypeElement type : byName.values()) {
            String group = find(parent, type.getQualifiedName().toString());
            String prefix = ModelReader.prefixOf(type);
            boolean inRound = entities.contains(type);
            if (prefix != null) {
                TypeElement same = prefixes.putIfAbsent(group + "\u0000" + prefix, type);
                if (same != null && inRound) {
                    AnnotationMirror model = Annotations.find(type, ModelReader.MODEL);
                    problems.add(type, model, type.getSimpleName() + ": model prefix '" + prefix + "' is already used by "
                            + same.getSimpleName() + "; prefixes must be unique per table, choose another @Model(prefix)");
                    clashing.add(type);
                }
            }
            String name = ModelReader.modelName(type);
            TypeElement same = names.putIfAbsent(group + "\u0000" + name, type);
            if (same != null && inRound) {
                problems.add(type, type.getSimpleName() + ": model name '" + name + "' is already used by "
                        + same.getQualifiedName() + "; set @Entity(name = \"...\") to tell them apart");
                clashing.add(type);
            }
        }
        for (ModelInfo model : models) {
            IndexInfo primary = model.indexes().get(0);
            for (FieldInfo key : new FieldInfo[] {primary.partition(), primary.sort()}) {
                if (key != null && key.refTarget() != null && ModelReader.compositeKey(key.refTarget())) {
                    problems.add(key.element(), model.type().getSimpleName() + "." + key.name()
                            + ": a reference to the composite-key model " + ModelReader.modelName(key.refTarget())
                            + " cannot be part of the primary key (its id contains ##__SK__##, LAYOUT.md §13);"
                            + " key the model by another field and keep the Ref as a plain field");
                    clashing.add(model.type());
                }
            }
        }
        return clashing;
    }

    private static List<TypeElement> refTargets(TypeElement entity) {
        List<TypeElement> targets = new ArrayList<>();
        for (VariableElement field : ElementFilter.fieldsIn(entity.getEnclosedElements())) {
            if (field.asType() instanceof javax.lang.model.type.DeclaredType declared
                    && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("dev.dynamobao.Ref")
                    && declared.getTypeArguments().size() == 1
                    && declared.getTypeArguments().get(0) instanceof javax.lang.model.type.DeclaredType target
                    && Annotations.has(target.asElement(), ModelReader.ENTITY)) {
                targets.add((TypeElement) target.asElement());
            }
        }
        return targets;
    }

    private static String find(Map<String, String> parent, String node) {
        String root = node;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String rootA = find(parent, a);
        String rootB = find(parent, b);
        if (!rootA.equals(rootB)) {
            parent.put(rootA, rootB);
        }
    }
}
