package dev.dynamobao.enhancer.internal;

import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.ByteCodeAppender;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Body of {@code long[] $bao$dirtyBits()}: the live bit set, or the class's shared all-zero array
 * before the first write.
 */
final class DirtyBitsAppender implements ByteCodeAppender {

    private final String ownerInternalName;

    DirtyBitsAppender(String ownerInternalName) {
        this.ownerInternalName = ownerInternalName;
    }

    @Override
    public Size apply(MethodVisitor mv, Implementation.Context context, MethodDescription method) {
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, ownerInternalName, EnhancementNames.DIRTY_FIELD, Bytecode.LONG_ARRAY);
        mv.visitInsn(Opcodes.DUP);
        Label done = new Label();
        mv.visitJumpInsn(Opcodes.IFNONNULL, done);
        mv.visitInsn(Opcodes.POP);
        mv.visitFieldInsn(Opcodes.GETSTATIC, ownerInternalName, EnhancementNames.CLEAN_FIELD, Bytecode.LONG_ARRAY);
        Bytecode.labelWithLongArrayOnStack(mv, done);
        mv.visitInsn(Opcodes.ARETURN);
        return new Size(2, 1);
    }
}
