package dev.dynamobao.codegen.internal.read;

import java.util.Set;
import javax.lang.model.SourceVersion;

/** Which YAML names can become Java class, field and package names unchanged. */
final class JavaNames {

    private static final Set<String> LIBRARY_TYPES = Set.of("Ref", "Instant", "Set", "Entity", "Model", "Index", "Unique",
            "Column", "Id", "Version", "Counter", "Email", "Ttl", "Ulid", "SortKey", "CreatedDate", "ModifiedDate",
            "GeneratedValue", "IndexId", "UniqueId", "Convert", "Object", "String", "Long", "Double", "Boolean");

    private JavaNames() {
    }

    /** A class name: an identifier starting with an upper-case letter that does not hide a type the sources use. */
    static boolean isTypeName(String name) {
        return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name) && Character.isUpperCase(name.charAt(0))
                && !LIBRARY_TYPES.contains(name);
    }

    /** A field or method-part name: an identifier that is not a keyword. */
    static boolean isMemberName(String name) {
        return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name) && !name.contains("$");
    }

    /** A package or fully qualified class name. */
    static boolean isQualifiedName(String name) {
        return SourceVersion.isName(name);
    }
}
