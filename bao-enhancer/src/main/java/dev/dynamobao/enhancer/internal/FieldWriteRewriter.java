package dev.dynamobao.enhancer.internal;

import java.util.Map;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.field.FieldList;
import net.bytebuddy.description.method.MethodList;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.pool.TypePool;
import net.bytebuddy.utility.OpenedClassReader;

/**
 * Replaces every {@code PUTFIELD Owner.f} of a tracked field by {@code INVOKESTATIC
 * Owner.$bao$write$f(Owner, T)}, and every {@code GETFIELD Owner.g} of a tracked field that may hold a
 * mutable value by {@code INVOKESTATIC Owner.$bao$read$g(Owner)}, in every method of the class except
 * constructors and the added {@code $bao$} members. The stack effects are identical (object and value
 * in, nothing out; object in, value out), so frames and stack sizes stay valid.
 *
 * <p>It wraps the whole class rather than each method because Byte Buddy's per-method wrapper
 * skips synthetic methods, and lambda bodies ({@code lambda$name$0}) are synthetic.
 */
final class FieldWriteRewriter implements AsmVisitorWrapper {

    private static final String CONSTRUCTOR = "<init>";

    private final String ownerInternalName;
    private final Map<String, String> helperDescriptorByField;
    private final Map<String, String> readHelperDescriptorByField;

    /**
     * @param ownerInternalName internal name of the entity class
     * @param helperDescriptorByField for each field whose writes are redirected, the descriptor of
     *     its write helper
     * @param readHelperDescriptorByField for each field whose reads are redirected, the descriptor of
     *     its read helper
     */
    FieldWriteRewriter(String ownerInternalName, Map<String, String> helperDescriptorByField,
            Map<String, String> readHelperDescriptorByField) {
        this.ownerInternalName = ownerInternalName;
        this.helperDescriptorByField = Map.copyOf(helperDescriptorByField);
        this.readHelperDescriptorByField = Map.copyOf(readHelperDescriptorByField);
    }

    @Override
    public int mergeWriter(int flags) {
        return flags;
    }

    @Override
    public int mergeReader(int flags) {
        return flags;
    }

    @Override
    public ClassVisitor wrap(TypeDescription instrumentedType, ClassVisitor classVisitor,
            Implementation.Context implementationContext, TypePool typePool,
            FieldList<FieldDescription.InDefinedShape> fields, MethodList<?> methods,
            int writerFlags, int readerFlags) {
        return new ClassVisitor(OpenedClassReader.ASM_API, classVisitor) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                MethodVisitor delegate = super.visitMethod(access, name, descriptor, signature, exceptions);
                if (delegate == null || CONSTRUCTOR.equals(name) || name.startsWith(EnhancementNames.PREFIX)) {
                    return delegate;
                }
                return new RewritingMethodVisitor(delegate);
            }
        };
    }

    private final class RewritingMethodVisitor extends MethodVisitor {

        RewritingMethodVisitor(MethodVisitor delegate) {
            super(OpenedClassReader.ASM_API, delegate);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            if (opcode == Opcodes.PUTFIELD && ownerInternalName.equals(owner)) {
                String helperDescriptor = helperDescriptorByField.get(name);
                if (helperDescriptor != null) {
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, owner, EnhancementNames.writeHelperName(name),
                            helperDescriptor, false);
                    return;
                }
            }
            if (opcode == Opcodes.GETFIELD && ownerInternalName.equals(owner)) {
                String helperDescriptor = readHelperDescriptorByField.get(name);
                if (helperDescriptor != null) {
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, owner, EnhancementNames.readHelperName(name),
                            helperDescriptor, false);
                    return;
                }
            }
            super.visitFieldInsn(opcode, owner, name, descriptor);
        }
    }
}
