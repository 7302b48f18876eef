package dev.dynamobao.codegen.internal.generate;

import dev.dynamobao.codegen.internal.model.ModelDef;
import dev.dynamobao.codegen.internal.model.ModelFile;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The sources generated from one model file: relative path (e.g. {@code com/example/User.java}) to text. */
public final class GeneratedSources {

    private final String packageName;
    private final Map<String, String> files;

    private GeneratedSources(String packageName, Map<String, String> files) {
        this.packageName = packageName;
        this.files = Collections.unmodifiableMap(files);
    }

    /** Generates every model of {@code file} into {@code packageName}; {@code sourceName} is the YAML file's name in comments. */
    public static GeneratedSources of(ModelFile file, String packageName, String sourceName) {
        EntitySourceGenerator generator = new EntitySourceGenerator(sourceName, packageName);
        Map<String, String> files = new LinkedHashMap<>();
        String folder = packageName.replace('.', '/');
        for (ModelDef model : file.models()) {
            files.put(folder + "/" + model.name() + ".java", generator.generate(model));
        }
        return new GeneratedSources(packageName, files);
    }

    /** The package of every source. */
    public String packageName() {
        return packageName;
    }

    /** Relative path to source text, in model order. */
    public Map<String, String> files() {
        return files;
    }
}
