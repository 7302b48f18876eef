package dev.dynamobao.engine.internal.query.cursor;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes the binary body of a cursor: bytes, unsigned varints and length-prefixed strings. */
final class CursorWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(96);

    void writeByte(int value) {
        out.write(value);
    }

    void writeVarint(int value) {
        int remaining = value;
        while ((remaining & ~0x7F) != 0) {
            out.write((remaining & 0x7F) | 0x80);
            remaining >>>= 7;
        }
        out.write(remaining);
    }

    void writeBytes(byte[] bytes) {
        writeVarint(bytes.length);
        out.write(bytes, 0, bytes.length);
    }

    void writeString(String text) {
        writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
