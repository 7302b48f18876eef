package dev.dynamobao.enhancer.internal;

import java.util.List;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.ByteCodeAppender;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Code prepended to the type initializer: {@code $bao$TRACKED_FIELDS = new String[] {...}} and
 * {@code $bao$CLEAN = new long[WORDS]}.
 */
final class StaticFieldsInitializer implements ByteCodeAppender {

    private final String ownerInternalName;
    private final List<String> names;
    private final int words;

    StaticFieldsInitializer(String ownerInternalName, List<String> names, int words) {
        this.ownerInternalName = ownerInternalName;
        this.names = List.copyOf(names);
        this.words = words;
    }

    @Override
    public Size apply(MethodVisitor mv, Implementation.Context context, MethodDescription method) {
        Bytecode.pushInt(mv, names.size());
        mv.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/String");
        for (int i = 0; i < names.size(); i++) {
            mv.visitInsn(Opcodes.DUP);
            Bytecode.pushInt(mv, i);
            mv.visitLdcInsn(names.get(i));
            mv.visitInsn(Opcodes.AASTORE);
        }
        mv.visitFieldInsn(Opcodes.PUTSTATIC, ownerInternalName, EnhancementNames.NAMES_FIELD, "[Ljava/lang/String;");
        Bytecode.pushInt(mv, words);
        mv.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_LONG);
        mv.visitFieldInsn(Opcodes.PUTSTATIC, ownerInternalName, EnhancementNames.CLEAN_FIELD, Bytecode.LONG_ARRAY);
        return new Size(4, method.getStackSize());
    }
}
