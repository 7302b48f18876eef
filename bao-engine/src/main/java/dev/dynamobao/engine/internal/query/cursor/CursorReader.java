package dev.dynamobao.engine.internal.query.cursor;

import dev.dynamobao.query.InvalidCursorException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link CursorWriter} wrote from a slice of bytes; any structural problem becomes an
 * {@link InvalidCursorException} saying the cursor is malformed.
 */
final class CursorReader {
    private final byte[] bytes;
    private final int end;
    private int position;

    CursorReader(byte[] bytes, int end) {
        this.bytes = bytes;
        this.end = end;
    }

    int readByte() {
        if (position >= end) {
            throw malformed("it ends too early");
        }
        return bytes[position++] & 0xFF;
    }

    int readVarint() {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int next = readByte();
            value |= (next & 0x7F) << shift;
            if ((next & 0x80) == 0) {
                if (value < 0) {
                    break;
                }
                return value;
            }
        }
        throw malformed("a length is out of range");
    }

    byte[] readBytes() {
        int length = readVarint();
        if (length > end - position) {
            throw malformed("a length points past its end");
        }
        byte[] result = new byte[length];
        System.arraycopy(bytes, position, result, 0, length);
        position += length;
        return result;
    }

    String readString() {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(readBytes()));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new InvalidCursorException("Invalid cursor: it is malformed (a text is not UTF-8). "
                    + CursorCodec.HOW_TO_FIX, e);
        }
    }

    boolean atEnd() {
        return position == end;
    }

    static InvalidCursorException malformed(String detail) {
        return new InvalidCursorException("Invalid cursor: it is malformed (" + detail + "). " + CursorCodec.HOW_TO_FIX);
    }
}
