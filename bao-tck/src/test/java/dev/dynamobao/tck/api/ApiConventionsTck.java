package dev.dynamobao.tck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoException;
import dev.dynamobao.ConfigurationException;
import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.Ref;
import dev.dynamobao.RetryPolicy;
import dev.dynamobao.ValidationException;
import dev.dynamobao.query.Filter;
import dev.dynamobao.query.Page;
import dev.dynamobao.query.SortCondition;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.test.BaoTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public API reads consistently (README, "API conventions"). */
@BaoTest(entities = User.class)
class ApiConventionsTck {

    @Test
    void find_whenASingleKeyIdContainsTheCompositeSeparator_throwsValidationNamingTheFix(BaoEntityManager em) {
        ValidationException thrown = assertThrows(ValidationException.class,
                () -> em.find(User.class, "alice##__SK__##bob"));

        assertTrue(thrown.getMessage().contains("pass the userId value alone"), thrown.getMessage());
    }

    @Test
    void sortCondition_spellsLteAndGteLikeFilter() {
        assertEquals(SortCondition.Operator.LTE, SortCondition.lte(3).operator());
        assertEquals(SortCondition.Operator.GTE, SortCondition.gte(3).operator());
        assertTrue(hasStaticMethod(Filter.class, "lte") && hasStaticMethod(Filter.class, "gte"));
    }

    @Test
    @SuppressWarnings("removal")
    void sortCondition_deprecatedLeAndGe_forwardToLteAndGte() {
        assertEquals(SortCondition.lte(3), SortCondition.le(3));
        assertEquals(SortCondition.gte(3), SortCondition.ge(3));
    }

    @Test
    void sortCondition_upperBoundOnAnotherOperatorThanBetween_throwsValidationNamingBetween() {
        ValidationException thrown = assertThrows(ValidationException.class,
                () -> new SortCondition(SortCondition.Operator.LT, 1, 2));

        assertTrue(thrown.getMessage().contains("SortCondition.between(low, high)"), thrown.getMessage());
    }

    @Test
    void filter_withoutOperands_throwsValidation() {
        assertThrows(ValidationException.class, () -> Filter.in("role", List.of()));
        assertThrows(ValidationException.class, Filter::and);
        assertThrows(ValidationException.class, Filter::or);
    }

    @Test
    void retryPolicy_withImpossibleValues_throwsConfiguration() {
        assertThrows(ConfigurationException.class, () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO));
        assertThrows(ConfigurationException.class, () -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }

    @Test
    void page_hasOneAccessorForItsCursor_emptyOnTheLastPage() {
        Page<String> last = new Page<>(List.of("a"), null, ConsumedCapacity.ZERO);
        Page<String> more = new Page<>(List.of("a"), "next", ConsumedCapacity.ZERO);

        assertTrue(last.cursor().isEmpty());
        assertFalse(last.hasMore());
        assertEquals("next", more.cursor().orElseThrow());
    }

    @Test
    void ref_exposesNoEngineHooks() {
        List<String> publicMethods = Arrays.stream(Ref.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers())).map(Method::getName).toList();

        assertFalse(publicMethods.contains("bind") || publicMethods.contains("resolver") || publicMethods.contains("complete"),
                publicMethods.toString());
    }

    @Test
    void everyPublicExceptionOfTheApi_isABaoException() throws Exception {
        List<String> others = new ArrayList<>();
        for (Class<?> type : apiClasses()) {
            if (Throwable.class.isAssignableFrom(type) && Modifier.isPublic(type.getModifiers())
                    && !BaoException.class.isAssignableFrom(type)) {
                others.add(type.getName());
            }
        }
        assertEquals(List.of(), others);
    }

    @Test
    void testKitMainCode_importsOnlyPublicApi() throws IOException {
        Path sources = Path.of("src", "main", "java");
        assertTrue(Files.isDirectory(sources), "run from the bao-tck module directory");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("import") && line.contains("dev.dynamobao.engine")) {
                        offenders.add(sources.relativize(file) + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    private static boolean hasStaticMethod(Class<?> type, String name) {
        return Arrays.stream(type.getDeclaredMethods())
                .anyMatch(method -> method.getName().equals(name) && Modifier.isStatic(method.getModifiers()));
    }

    private static List<Class<?>> apiClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(BaoException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location);
                Stream<Path> files = Files.walk(jar == null ? location : jar.getPath("/"))) {
            Path root = jar == null ? location : jar.getPath("/");
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                if (!name.startsWith("META-INF") && !name.endsWith("package-info") && !name.equals("module-info")) {
                    classes.add(Class.forName(name, false, BaoException.class.getClassLoader()));
                }
            }
        }
        assertTrue(classes.size() > 40, "found only " + classes.size() + " API classes");
        return classes;
    }
}
