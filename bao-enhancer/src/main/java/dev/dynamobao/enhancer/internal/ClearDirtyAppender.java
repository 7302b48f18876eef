package dev.dynamobao.enhancer.internal;

import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.ByteCodeAppender;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Body of {@code void $bao$clearDirty()}: zeroes the bit set in place, so clearing never makes the
 * next write allocate.
 */
final class ClearDirtyAppender implements ByteCodeAppender {

    private final String ownerInternalName;

    ClearDirtyAppender(String ownerInternalName) {
        this.ownerInternalName = ownerInternalName;
    }

    @Override
    public Size apply(MethodVisitor mv, Implementation.Context context, MethodDescription method) {
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, ownerInternalName, EnhancementNames.DIRTY_FIELD, Bytecode.LONG_ARRAY);
        mv.visitInsn(Opcodes.DUP);
        Label absent = new Label();
        mv.visitJumpInsn(Opcodes.IFNULL, absent);
        mv.visitInsn(Opcodes.LCONST_0);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Arrays", "fill", "([JJ)V", false);
        mv.visitInsn(Opcodes.RETURN);
        Bytecode.labelWithLongArrayOnStack(mv, absent);
        mv.visitInsn(Opcodes.POP);
        mv.visitInsn(Opcodes.RETURN);
        return new Size(3, 1);
    }
}
