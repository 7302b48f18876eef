package dev.dynamobao.enhancer.internal;

import dev.dynamobao.spi.DirtyBits;
import dev.dynamobao.spi.TrackedEntity;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.ByteCodeAppender;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Body of {@code static T $bao$read$f(Owner self)} for a field whose value may be mutable: reports the
 * read, then returns the value. Equivalent Java:
 *
 * <pre>{@code
 * DirtyBits.read(self, INDEX); // tells the engine's state that the value was handed out
 * return self.f;
 * }</pre>
 */
final class ReadHelperAppender implements ByteCodeAppender {

    private static final String READ_OWNER = Type.getInternalName(DirtyBits.class);
    private static final String READ_DESCRIPTOR = Type.getMethodDescriptor(Type.VOID_TYPE, Type.getType(TrackedEntity.class),
            Type.INT_TYPE);

    private final String ownerInternalName;
    private final FieldDescription field;
    private final int index;

    ReadHelperAppender(String ownerInternalName, FieldDescription field, int index) {
        this.ownerInternalName = ownerInternalName;
        this.field = field;
        this.index = index;
    }

    @Override
    public Size apply(MethodVisitor mv, Implementation.Context context, MethodDescription method) {
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        Bytecode.pushInt(mv, index);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, READ_OWNER, "read", READ_DESCRIPTOR, false);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, ownerInternalName, field.getName(), field.getDescriptor());
        mv.visitInsn(Opcodes.ARETURN);
        return new Size(2, 1);
    }
}
