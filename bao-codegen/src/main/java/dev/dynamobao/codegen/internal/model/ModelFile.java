package dev.dynamobao.codegen.internal.model;

import java.util.List;
import java.util.Optional;

/**
 * A valid {@code models.yaml}: its models in file order, and the Java package its {@code java:} section names.
 *
 * @param fileName the file name used in messages and generated comments
 * @param models the models in file order
 * @param javaPackage the {@code java.package} of the file, else {@code null}
 */
public record ModelFile(String fileName, List<ModelDef> models, String javaPackage) {

    /** The model called {@code name}. */
    public Optional<ModelDef> model(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
