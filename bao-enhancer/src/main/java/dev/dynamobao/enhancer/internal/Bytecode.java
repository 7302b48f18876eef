package dev.dynamobao.enhancer.internal;

import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/** Small helpers for emitting constants with the shortest instruction. */
final class Bytecode {

    /** Verification type of the dirty-bit array in stack map frames. */
    static final String LONG_ARRAY = "[J";

    private Bytecode() {
    }

    static void pushInt(MethodVisitor mv, int value) {
        if (value >= -1 && value <= 5) {
            mv.visitInsn(Opcodes.ICONST_0 + value);
        } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            mv.visitIntInsn(Opcodes.BIPUSH, value);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            mv.visitIntInsn(Opcodes.SIPUSH, value);
        } else {
            mv.visitLdcInsn(value);
        }
    }

    static void pushLong(MethodVisitor mv, long value) {
        if (value == 0L || value == 1L) {
            mv.visitInsn(Opcodes.LCONST_0 + (int) value);
        } else {
            mv.visitLdcInsn(value);
        }
    }

    /** Marks {@code label} as a jump target where the locals are unchanged and a {@code long[]} is on the stack. */
    static void labelWithLongArrayOnStack(MethodVisitor mv, Label label) {
        mv.visitLabel(label);
        mv.visitFrame(Opcodes.F_SAME1, 0, null, 1, new Object[] {LONG_ARRAY});
    }
}
