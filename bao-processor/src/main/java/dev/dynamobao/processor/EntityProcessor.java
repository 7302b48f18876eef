package dev.dynamobao.processor;

import dev.dynamobao.processor.internal.DiagnosticReporter;
import dev.dynamobao.processor.internal.MetamodelWriter;
import dev.dynamobao.processor.internal.ModelChecks;
import dev.dynamobao.processor.internal.ModelInfo;
import dev.dynamobao.processor.internal.ModelReader;
import dev.dynamobao.processor.internal.Problems;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The DynamoBao annotation processor. For every {@code @jakarta.persistence.Entity} class of the
 * compilation it
 * <ul>
 *   <li>reports model mistakes as compiler errors on the offending class, field or annotation,
 *       worded as the factory's run-time check words them, with the fix (duplicate prefix among
 *       related models, an index or unique constraint on an unknown or unsuitable field, a slot
 *       used twice, a bad prefix, a {@code Ref} to a non-entity, a missing no-arg constructor, …);</li>
 *   <li>generates the metamodel class {@code User_} next to the entity: typed descriptors of its
 *       fields, unique constraints and indexes (see {@code dev.dynamobao.metamodel}) and the named
 *       finders of dynamo-bao's generator ({@code findByEmail}, {@code queryPosts},
 *       {@code getTags}, {@code getUser}).</li>
 * </ul>
 *
 * <p>An {@code @Entity} with no DynamoBao annotation and no {@code Ref} field (a JPA entity of a
 * relational store in the same compilation) is left alone.
 *
 * <p>Add it to the compiler's {@code annotationProcessorPaths} (artifact
 * {@code dev.dynamobao:bao-processor}); no build plugin is needed. Option
 * {@code -Adynamobao.modelErrors=warning} reports model mistakes as warnings instead (for test
 * code that defines broken models on purpose); models with mistakes get no metamodel either way.
 */
public final class EntityProcessor extends AbstractProcessor {

    /** The processor option that turns model errors into warnings: {@code -Adynamobao.modelErrors=warning}. */
    public static final String MODEL_ERRORS_OPTION = "dynamobao.modelErrors";

    /** Creates the processor (javac does, through {@code META-INF/services}). */
    public EntityProcessor() {
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("jakarta.persistence.Entity");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(MODEL_ERRORS_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        List<TypeElement> entities = new ArrayList<>();
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof TypeElement type && ModelReader.isDynamoBaoModel(type)) {
                    entities.add(type);
                }
            }
        }
        if (entities.isEmpty()) {
            return false;
        }
        Problems problems = new Problems();
        ModelReader reader = new ModelReader(processingEnv.getTypeUtils(), problems);
        List<ModelInfo> models = new ArrayList<>();
        for (TypeElement entity : entities) {
            ModelInfo model = reader.read(entity);
            if (model != null) {
                models.add(model);
            }
        }
        List<TypeElement> clashing = new ModelChecks(problems).check(entities, models);
        boolean asWarnings = "warning".equalsIgnoreCase(processingEnv.getOptions().get(MODEL_ERRORS_OPTION));
        Diagnostic.Kind kind = asWarnings ? Diagnostic.Kind.WARNING : Diagnostic.Kind.ERROR;
        DiagnosticReporter reporter = new DiagnosticReporter(processingEnv);
        for (Problems.Problem problem : problems.all()) {
            reporter.print(kind, problem);
        }
        Problems notes = new Problems();
        MetamodelWriter writer = new MetamodelWriter(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), notes);
        for (ModelInfo model : models) {
            if (!clashing.contains(model.type()) && accessible(model.type())) {
                generate(writer, model);
            }
        }
        for (Problems.Problem note : notes.all()) {
            reporter.print(Diagnostic.Kind.NOTE, note);
        }
        return false;
    }

    private static boolean accessible(TypeElement type) {
        for (Element current = type; current instanceof TypeElement each; current = each.getEnclosingElement()) {
            if (each.getModifiers().contains(Modifier.PRIVATE)) {
                return false;
            }
        }
        return true;
    }

    private void generate(MetamodelWriter writer, ModelInfo model) {
        String pkg = writer.packageOf(model.type());
        String name = (pkg.isEmpty() ? "" : pkg + ".") + MetamodelWriter.metamodelName(model.type());
        try (Writer out = processingEnv.getFiler().createSourceFile(name, model.type()).openWriter()) {
            out.write(writer.write(model));
        } catch (IOException failure) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "cannot write the metamodel " + name + ": " + failure.getMessage(), model.type());
        }
    }
}
