package dev.dynamobao.enhancer.internal;

import dev.dynamobao.spi.TrackedEntity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.build.Plugin;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.modifier.FieldManifestation;
import net.bytebuddy.description.modifier.FieldPersistence;
import net.bytebuddy.description.modifier.Ownership;
import net.bytebuddy.description.modifier.SyntheticState;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.TargetType;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.ByteCodeAppender;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Byte Buddy plugin that makes {@code @jakarta.persistence.Entity} classes implement
 * {@link TrackedEntity}. The same instance serves the Maven goals, the runtime agent and tests.
 *
 * <p>What it adds to an entity class {@code E} with tracked fields {@code f0..fn} (see
 * {@link TrackedFieldSet} for which fields are tracked):
 * <ul>
 *   <li>{@code private transient long[] $bao$dirty} (allocated on the first tracked write) and
 *       {@code private transient Object $bao$state};</li>
 *   <li>{@code private static final String[] $bao$TRACKED_FIELDS} and an all-zero
 *       {@code long[] $bao$CLEAN}, both set in the type initializer;</li>
 *   <li>the {@link TrackedEntity} methods ({@code $bao$reportsWrites()} and {@code $bao$reportsReads()}
 *       answer {@code true});</li>
 *   <li>for each non-final tracked field {@code f}, {@code private static void $bao$write$f(E, T)}
 *       that stores the value and sets bit {@code index(f)} through
 *       {@link dev.dynamobao.spi.DirtyBits#mark}, which tells the entity's
 *       {@link dev.dynamobao.spi.TrackedEntityState} when the bit was clear;</li>
 *   <li>for each tracked field {@code g} whose type {@linkplain #mayBeMutable may hold a mutable value},
 *       {@code private static T $bao$read$g(E)} that reports the read through
 *       {@link dev.dynamobao.spi.DirtyBits#read} and returns the value;</li>
 *   <li>in every method of {@code E} except constructors, each {@code GETFIELD E.g} becomes a call of
 *       {@code $bao$read$g}, and each {@code PUTFIELD E.f} becomes a call
 *       of {@code $bao$write$f} ({@link FieldWriteRewriter}). This covers setters, direct
 *       assignments, {@code x++}, compound assignments, lambda bodies and writes to another
 *       instance of {@code E}.</li>
 * </ul>
 *
 * <p>Not tracked: writes in constructors (a new object starts clean), writes from other classes —
 * including nest-mate inner, anonymous and local classes, subclasses and other classes of the
 * package when fields are not private — writes through reflection, {@code VarHandle} or
 * {@code Unsafe}, and fields inherited from superclasses. Mutating a tracked field's value in place
 * (e.g. {@code list.add(x)}) is not a write. Keep fields private and change them in the entity's
 * own methods. {@link Object#clone()} copies share the bit-set array until it is replaced.
 *
 * <p>Skipped: classes that already declare {@link TrackedEntity} (so enhancing twice changes
 * nothing), records, interfaces, enums and classes without {@code @Entity}. An entity whose
 * superclass is itself an entity is rejected, since the bit layout is per class.
 */
public final class DirtyTrackingPlugin implements Plugin {

    private static final String TRACKED_ENTITY = TrackedEntity.class.getName();

    /** Body of a {@code boolean} method that answers {@code true}. */
    private static final ByteCodeAppender TRUE = (mv, context, method) -> {
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitInsn(Opcodes.IRETURN);
        return new ByteCodeAppender.Size(1, 1);
    };

    /** Field types whose values cannot change in place, so reading them is not reported. */
    private static final Set<String> IMMUTABLE = Set.of("java.lang.String", "java.lang.Boolean", "java.lang.Character",
            "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double",
            "java.math.BigDecimal", "java.math.BigInteger", "java.util.UUID", "dev.dynamobao.Ref");

    @Override
    public boolean matches(TypeDescription type) {
        return isEntity(type)
                && !type.isInterface()
                && !type.isEnum()
                && !type.isRecord()
                && !declaresTrackedEntity(type);
    }

    @Override
    public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder, TypeDescription type,
            ClassFileLocator classFileLocator) {
        rejectEntitySuperclass(type);
        String owner = type.getInternalName();
        TrackedFieldSet tracked = TrackedFieldSet.of(type);

        DynamicType.Builder<?> enhanced = builder
                .implement(TrackedEntity.class)
                .defineField(EnhancementNames.DIRTY_FIELD, long[].class,
                        Visibility.PRIVATE, FieldPersistence.TRANSIENT, SyntheticState.SYNTHETIC)
                .defineField(EnhancementNames.STATE_FIELD, Object.class,
                        Visibility.PRIVATE, FieldPersistence.TRANSIENT, SyntheticState.SYNTHETIC)
                .defineField(EnhancementNames.NAMES_FIELD, String[].class,
                        Visibility.PRIVATE, Ownership.STATIC, FieldManifestation.FINAL, SyntheticState.SYNTHETIC)
                .defineField(EnhancementNames.CLEAN_FIELD, long[].class,
                        Visibility.PRIVATE, Ownership.STATIC, FieldManifestation.FINAL, SyntheticState.SYNTHETIC)
                .initializer(new StaticFieldsInitializer(owner, tracked.names(), tracked.words()));
        enhanced = defineContractMethods(enhanced, owner);
        return defineWriteHelpers(enhanced, owner, tracked);
    }

    @Override
    public void close() {
        // Holds no resources.
    }

    private static DynamicType.Builder<?> defineContractMethods(DynamicType.Builder<?> builder, String owner) {
        return builder
                .defineMethod("$bao$trackedFields", String[].class, Visibility.PUBLIC)
                .intercept(new Implementation.Simple(FieldAccessAppender.getStatic(
                        owner, EnhancementNames.NAMES_FIELD, "[Ljava/lang/String;")))
                .defineMethod("$bao$dirtyBits", long[].class, Visibility.PUBLIC)
                .intercept(new Implementation.Simple(new DirtyBitsAppender(owner)))
                .defineMethod("$bao$isDirty", boolean.class, Visibility.PUBLIC)
                .withParameters(int.class)
                .intercept(new Implementation.Simple(new IsDirtyAppender(owner)))
                .defineMethod("$bao$clearDirty", void.class, Visibility.PUBLIC)
                .intercept(new Implementation.Simple(new ClearDirtyAppender(owner)))
                .defineMethod("$bao$state", Object.class, Visibility.PUBLIC)
                .intercept(new Implementation.Simple(FieldAccessAppender.getInstance(
                        owner, EnhancementNames.STATE_FIELD, "Ljava/lang/Object;")))
                .defineMethod("$bao$state", void.class, Visibility.PUBLIC)
                .withParameters(Object.class)
                .intercept(new Implementation.Simple(FieldAccessAppender.setInstance(
                        owner, EnhancementNames.STATE_FIELD, "Ljava/lang/Object;")))
                .defineMethod("$bao$reportsWrites", boolean.class, Visibility.PUBLIC)
                .intercept(new Implementation.Simple(TRUE))
                .defineMethod("$bao$reportsReads", boolean.class, Visibility.PUBLIC)
                .intercept(new Implementation.Simple(TRUE));
    }

    private static DynamicType.Builder<?> defineWriteHelpers(DynamicType.Builder<?> builder, String owner,
            TrackedFieldSet tracked) {
        Map<String, String> helperDescriptors = new HashMap<>();
        Map<String, String> readHelperDescriptors = new HashMap<>();
        List<FieldDescription.InDefinedShape> fields = tracked.fields();
        DynamicType.Builder<?> result = builder;
        for (int index = 0; index < fields.size(); index++) {
            FieldDescription.InDefinedShape field = fields.get(index);
            if (mayBeMutable(field.getType().asErasure())) {
                result = result
                        .defineMethod(EnhancementNames.readHelperName(field.getName()), field.getType().asErasure(),
                                Visibility.PRIVATE, Ownership.STATIC, SyntheticState.SYNTHETIC)
                        .withParameters(TargetType.DESCRIPTION)
                        .intercept(new Implementation.Simple(new ReadHelperAppender(owner, field, index)));
                readHelperDescriptors.put(field.getName(), "(L" + owner + ";)" + field.getDescriptor());
            }
            if (field.isFinal()) {
                continue; // only constructors can write it, and they are not tracked
            }
            TypeDescription valueType = field.getType().asErasure();
            result = result
                    .defineMethod(EnhancementNames.writeHelperName(field.getName()), void.class,
                            Visibility.PRIVATE, Ownership.STATIC, SyntheticState.SYNTHETIC)
                    .withParameters(TargetType.DESCRIPTION, valueType)
                    .intercept(new Implementation.Simple(
                            new WriteHelperAppender(owner, field, index, tracked.words())));
            helperDescriptors.put(field.getName(),
                    "(L" + owner + ";" + field.getDescriptor() + ")" + Type.VOID_TYPE.getDescriptor());
        }
        return result.visit(new FieldWriteRewriter(owner, helperDescriptors, readHelperDescriptors));
    }

    /**
     * Whether a field of this type may hold a value that changes in place (an array, a collection, a user
     * type): its reads are reported. Primitives, enums, strings, boxes, {@code java.math}, {@code java.time},
     * {@code UUID} and {@code Ref} values cannot.
     */
    static boolean mayBeMutable(TypeDescription type) {
        if (type.isPrimitive() || type.isEnum()) {
            return false;
        }
        if (type.isArray()) {
            return true;
        }
        String name = type.getName();
        return !IMMUTABLE.contains(name) && !(name.startsWith("java.time.") && !type.isInterface());
    }

    /** Whether {@code type} is an entity enhanced by an earlier run. */
    static boolean isAlreadyEnhanced(TypeDescription type) {
        return isEntity(type) && declaresTrackedEntity(type);
    }

    private static boolean isEntity(TypeDefinition type) {
        return type.asErasure().getDeclaredAnnotations().stream()
                .anyMatch(annotation -> EnhancementNames.ENTITY_ANNOTATION
                        .equals(annotation.getAnnotationType().getName()));
    }

    private static boolean declaresTrackedEntity(TypeDescription type) {
        return type.getInterfaces().asErasures().stream()
                .anyMatch(candidate -> TRACKED_ENTITY.equals(candidate.getName()));
    }

    private static void rejectEntitySuperclass(TypeDescription type) {
        for (TypeDefinition superType = type.getSuperClass(); superType != null; superType = superType.getSuperClass()) {
            TypeDescription erasure = superType.asErasure();
            if (isEntity(erasure) || declaresTrackedEntity(erasure)) {
                throw new IllegalStateException("@Entity class " + type.getName() + " extends the entity "
                        + erasure.getName() + ": dirty tracking does not support entity inheritance. "
                        + "Make the superclass a plain (non-@Entity) class or use composition.");
            }
        }
    }
}
