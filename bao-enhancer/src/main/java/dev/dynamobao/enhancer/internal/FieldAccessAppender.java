package dev.dynamobao.enhancer.internal;

import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.ByteCodeAppender;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Body of a one-line accessor of an added field: {@code return this.f}, {@code return Owner.F} or
 * {@code this.f = value}.
 */
final class FieldAccessAppender implements ByteCodeAppender {

    private enum Kind { GET_INSTANCE, GET_STATIC, SET_INSTANCE }

    private final Kind kind;
    private final String ownerInternalName;
    private final String fieldName;
    private final String descriptor;

    private FieldAccessAppender(Kind kind, String ownerInternalName, String fieldName, String descriptor) {
        this.kind = kind;
        this.ownerInternalName = ownerInternalName;
        this.fieldName = fieldName;
        this.descriptor = descriptor;
    }

    static FieldAccessAppender getInstance(String owner, String fieldName, String descriptor) {
        return new FieldAccessAppender(Kind.GET_INSTANCE, owner, fieldName, descriptor);
    }

    static FieldAccessAppender getStatic(String owner, String fieldName, String descriptor) {
        return new FieldAccessAppender(Kind.GET_STATIC, owner, fieldName, descriptor);
    }

    static FieldAccessAppender setInstance(String owner, String fieldName, String descriptor) {
        return new FieldAccessAppender(Kind.SET_INSTANCE, owner, fieldName, descriptor);
    }

    @Override
    public Size apply(MethodVisitor mv, Implementation.Context context, MethodDescription method) {
        switch (kind) {
            case GET_STATIC:
                mv.visitFieldInsn(Opcodes.GETSTATIC, ownerInternalName, fieldName, descriptor);
                mv.visitInsn(Opcodes.ARETURN);
                return new Size(1, 1);
            case GET_INSTANCE:
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                mv.visitFieldInsn(Opcodes.GETFIELD, ownerInternalName, fieldName, descriptor);
                mv.visitInsn(Opcodes.ARETURN);
                return new Size(1, 1);
            default:
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                mv.visitVarInsn(Opcodes.ALOAD, 1);
                mv.visitFieldInsn(Opcodes.PUTFIELD, ownerInternalName, fieldName, descriptor);
                mv.visitInsn(Opcodes.RETURN);
                return new Size(2, 2);
        }
    }
}
