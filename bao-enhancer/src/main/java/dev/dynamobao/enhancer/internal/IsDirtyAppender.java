package dev.dynamobao.enhancer.internal;

import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.ByteCodeAppender;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Body of {@code boolean $bao$isDirty(int i)}: {@code d != null && ((d[i >>> 6] >>> i) & 1) != 0}.
 * An index beyond the last word throws {@link ArrayIndexOutOfBoundsException} once a bit is set.
 */
final class IsDirtyAppender implements ByteCodeAppender {

    private final String ownerInternalName;

    IsDirtyAppender(String ownerInternalName) {
        this.ownerInternalName = ownerInternalName;
    }

    @Override
    public Size apply(MethodVisitor mv, Implementation.Context context, MethodDescription method) {
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, ownerInternalName, EnhancementNames.DIRTY_FIELD, Bytecode.LONG_ARRAY);
        mv.visitInsn(Opcodes.DUP);
        Label allocated = new Label();
        mv.visitJumpInsn(Opcodes.IFNONNULL, allocated);
        mv.visitInsn(Opcodes.POP);
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitInsn(Opcodes.IRETURN);
        Bytecode.labelWithLongArrayOnStack(mv, allocated);
        mv.visitVarInsn(Opcodes.ILOAD, 1);
        Bytecode.pushInt(mv, 6);
        mv.visitInsn(Opcodes.IUSHR);
        mv.visitInsn(Opcodes.LALOAD);
        mv.visitVarInsn(Opcodes.ILOAD, 1);
        mv.visitInsn(Opcodes.LUSHR);
        mv.visitInsn(Opcodes.LCONST_1);
        mv.visitInsn(Opcodes.LAND);
        mv.visitInsn(Opcodes.L2I);
        mv.visitInsn(Opcodes.IRETURN);
        return new Size(4, 2);
    }
}
