package dev.dynamobao.enhancer.internal;

import dev.dynamobao.spi.DirtyBits;
import dev.dynamobao.spi.TrackedEntity;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.ByteCodeAppender;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Body of {@code static void $bao$write$f(Owner self, T value)}: stores the value and sets the
 * field's bit, allocating the bit set on the first write. Equivalent Java:
 *
 * <pre>{@code
 * self.f = value;
 * long[] d = self.$bao$dirty;
 * if (d == null) { d = self.$bao$dirty = new long[WORDS]; }
 * DirtyBits.mark(d, INDEX >>> 6, 1L << INDEX, self); // sets the bit; tells the engine's state on its first set
 * }</pre>
 */
final class WriteHelperAppender implements ByteCodeAppender {

    private static final String MARK_OWNER = Type.getInternalName(DirtyBits.class);
    private static final String MARK_DESCRIPTOR = Type.getMethodDescriptor(Type.VOID_TYPE, Type.getType(long[].class),
            Type.INT_TYPE, Type.LONG_TYPE, Type.getType(TrackedEntity.class));

    private final String ownerInternalName;
    private final FieldDescription field;
    private final int index;
    private final int words;

    WriteHelperAppender(String ownerInternalName, FieldDescription field, int index, int words) {
        this.ownerInternalName = ownerInternalName;
        this.field = field;
        this.index = index;
        this.words = words;
    }

    @Override
    public Size apply(MethodVisitor mv, Implementation.Context context, MethodDescription method) {
        Type valueType = Type.getType(field.getDescriptor());
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitVarInsn(valueType.getOpcode(Opcodes.ILOAD), 1);
        mv.visitFieldInsn(Opcodes.PUTFIELD, ownerInternalName, field.getName(), field.getDescriptor());

        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, ownerInternalName, EnhancementNames.DIRTY_FIELD, Bytecode.LONG_ARRAY);
        mv.visitInsn(Opcodes.DUP);
        Label allocated = new Label();
        mv.visitJumpInsn(Opcodes.IFNONNULL, allocated);
        mv.visitInsn(Opcodes.POP);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        Bytecode.pushInt(mv, words);
        mv.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_LONG);
        mv.visitInsn(Opcodes.DUP_X1);
        mv.visitFieldInsn(Opcodes.PUTFIELD, ownerInternalName, EnhancementNames.DIRTY_FIELD, Bytecode.LONG_ARRAY);
        Bytecode.labelWithLongArrayOnStack(mv, allocated);

        Bytecode.pushInt(mv, index >>> 6);
        Bytecode.pushLong(mv, 1L << (index & 63));
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, MARK_OWNER, "mark", MARK_DESCRIPTOR, false);
        mv.visitInsn(Opcodes.RETURN);
        return new Size(6, 1 + valueType.getSize());
    }
}
