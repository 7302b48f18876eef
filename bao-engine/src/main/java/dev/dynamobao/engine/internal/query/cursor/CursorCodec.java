package dev.dynamobao.engine.internal.query.cursor;

import dev.dynamobao.query.InvalidCursorException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns a query's {@code LastEvaluatedKey} into an opaque, URL-safe cursor string and back.
 * The cursor carries the key and the {@link CursorScope} it was made for, followed by a
 * truncated HMAC-SHA256 tag, all in URL-safe base64 without padding. Decoding checks the tag,
 * then the scope, and reports every problem — garbage, truncation, tampering, another
 * model/index/tenant — as an {@link InvalidCursorException} saying which. Thread-safe.
 *
 * <p>Binary body: format version, a flag byte (index present, tenant present), the scope
 * strings, the number of attributes, then per attribute one byte holding the value type (high
 * bits) and a code for the well-known key attribute names (low bits; an unknown name is written
 * out), and the length-prefixed value. Lengths are unsigned varints; strings are UTF-8.
 */
public final class CursorCodec {
    /** Appended to every invalid-cursor message, here and in {@code QueryPlan}. */
    public static final String HOW_TO_FIX = "Pass the nextCursor of a page of the same query unchanged, or start without a cursor.";

    private static final int FORMAT_VERSION = 1;
    private static final int TAG_LENGTH = 12;
    /** Four key attributes of at most 2 KB each fit comfortably; anything longer is not ours. */
    private static final int MAX_CURSOR_CHARS = 16_384;
    private static final int FLAG_INDEX = 1;
    private static final int FLAG_TENANT = 2;
    private static final int TYPE_SHIFT = 5;
    private static final int TYPE_S = 0;
    private static final int TYPE_N = 1;
    private static final int TYPE_B = 2;
    private static final String MAC_ALGORITHM = "HmacSHA256";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    /**
     * Creates a codec whose tags are keyed by {@code secretOrSeed}; cursors made with another
     * secret do not decode. Any length is accepted: the HMAC key is a SHA-256 digest of it.
     */
    public CursorCodec(byte[] secretOrSeed) {
        Objects.requireNonNull(secretOrSeed, "secretOrSeed");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("dynamobao-cursor\0".getBytes(StandardCharsets.US_ASCII));
            this.key = new SecretKeySpec(digest.digest(secretOrSeed), MAC_ALGORITHM);
            mac();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM lacks SHA-256 or HmacSHA256, which every Java platform must provide", e);
        }
    }

    /**
     * Encodes {@code lastEvaluatedKey} as a cursor valid only in {@code scope}.
     *
     * @throws IllegalArgumentException when the key is empty or holds a value that is not S, N or B
     */
    public String encode(CursorScope scope, Map<String, AttributeValue> lastEvaluatedKey) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(lastEvaluatedKey, "lastEvaluatedKey");
        if (lastEvaluatedKey.isEmpty()) {
            throw new IllegalArgumentException("A cursor needs a non-empty LastEvaluatedKey");
        }
        CursorWriter writer = new CursorWriter();
        writer.writeByte(FORMAT_VERSION);
        writer.writeByte((scope.index() != null ? FLAG_INDEX : 0) | (scope.tenant() != null ? FLAG_TENANT : 0));
        writer.writeString(scope.model());
        if (scope.index() != null) {
            writer.writeString(scope.index());
        }
        if (scope.tenant() != null) {
            writer.writeString(scope.tenant());
        }
        List<String> names = new ArrayList<>(lastEvaluatedKey.keySet());
        Collections.sort(names);
        writer.writeVarint(names.size());
        for (String name : names) {
            writeAttribute(writer, name, lastEvaluatedKey.get(name));
        }
        byte[] body = writer.toByteArray();
        byte[] tag = tag(body, body.length);
        byte[] cursor = Arrays.copyOf(body, body.length + TAG_LENGTH);
        System.arraycopy(tag, 0, cursor, body.length, TAG_LENGTH);
        return ENCODER.encodeToString(cursor);
    }

    /**
     * Decodes a cursor made by {@link #encode} for the same scope.
     *
     * @return the {@code ExclusiveStartKey} to send, in a new modifiable map
     * @throws InvalidCursorException when the cursor is empty, not base64, truncated, altered, made
     *     for another table, or made for another model, index or tenant (the message says which)
     */
    public Map<String, AttributeValue> decode(CursorScope scope, String cursor) {
        Objects.requireNonNull(scope, "scope");
        byte[] bytes = verifiedBytes(cursor);
        int bodyLength = bytes.length - TAG_LENGTH;
        CursorReader reader = new CursorReader(bytes, bodyLength);
        int version = reader.readByte();
        if (version != FORMAT_VERSION) {
            throw new InvalidCursorException("Invalid cursor: format version " + version + " is not supported by this"
                    + " version of the library. " + HOW_TO_FIX);
        }
        CursorScope origin = readScope(reader);
        if (!origin.equals(scope)) {
            throw new InvalidCursorException("Invalid cursor: it belongs to " + origin.describe()
                    + ", not to this query on " + scope.describe() + ". " + HOW_TO_FIX);
        }
        int count = reader.readVarint();
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            readAttribute(reader, key);
        }
        if (key.isEmpty() || !reader.atEnd()) {
            throw CursorReader.malformed(key.isEmpty() ? "it holds no key" : "bytes follow the key");
        }
        return key;
    }

    private byte[] verifiedBytes(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            throw new InvalidCursorException("Invalid cursor: it is empty. " + HOW_TO_FIX);
        }
        if (cursor.length() > MAX_CURSOR_CHARS) {
            throw new InvalidCursorException("Invalid cursor: it is " + cursor.length() + " characters long, more than"
                    + " any cursor this library makes. " + HOW_TO_FIX);
        }
        byte[] bytes;
        try {
            bytes = DECODER.decode(cursor);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("Invalid cursor: it is not URL-safe base64 text, so it was not made by"
                    + " this library or was damaged in transit. " + HOW_TO_FIX, e);
        }
        // The decoder ignores padding and unused low bits; only the canonical spelling is ours.
        if (bytes.length < TAG_LENGTH + 3 || !ENCODER.encodeToString(bytes).equals(cursor)) {
            throw tamperedOrTruncated();
        }
        int bodyLength = bytes.length - TAG_LENGTH;
        byte[] expected = tag(bytes, bodyLength);
        byte[] actual = Arrays.copyOfRange(bytes, bodyLength, bytes.length);
        if (!MessageDigest.isEqual(expected, actual)) {
            throw tamperedOrTruncated();
        }
        return bytes;
    }

    private static InvalidCursorException tamperedOrTruncated() {
        return new InvalidCursorException("Invalid cursor: it failed its integrity check, so it was altered or"
                + " truncated, or was issued for another table. " + HOW_TO_FIX);
    }

    private static CursorScope readScope(CursorReader reader) {
        int flags = reader.readByte();
        if ((flags & ~(FLAG_INDEX | FLAG_TENANT)) != 0) {
            throw CursorReader.malformed("unknown flags");
        }
        String model = reader.readString();
        String index = (flags & FLAG_INDEX) != 0 ? reader.readString() : null;
        String tenant = (flags & FLAG_TENANT) != 0 ? reader.readString() : null;
        return new CursorScope(model, index, tenant);
    }

    private static void writeAttribute(CursorWriter writer, String name, AttributeValue value) {
        Objects.requireNonNull(value, () -> "LastEvaluatedKey attribute " + name + " is null");
        int code = KeyAttributeCodes.codeOf(name);
        int type;
        byte[] payload;
        if (value.s() != null) {
            type = TYPE_S;
            payload = value.s().getBytes(StandardCharsets.UTF_8);
        } else if (value.n() != null) {
            type = TYPE_N;
            payload = value.n().getBytes(StandardCharsets.UTF_8);
        } else if (value.b() != null) {
            type = TYPE_B;
            payload = value.b().asByteArrayUnsafe();
        } else {
            throw new IllegalArgumentException("LastEvaluatedKey attribute " + name + " has type " + value.type()
                    + "; key attributes are S, N or B");
        }
        writer.writeByte(type << TYPE_SHIFT | code);
        if (code == KeyAttributeCodes.CUSTOM) {
            writer.writeString(name);
        }
        writer.writeBytes(payload);
    }

    private static void readAttribute(CursorReader reader, Map<String, AttributeValue> key) {
        int header = reader.readByte();
        int code = header & ((1 << TYPE_SHIFT) - 1);
        String name = code == KeyAttributeCodes.CUSTOM ? reader.readString() : KeyAttributeCodes.nameOf(code);
        if (name == null) {
            throw CursorReader.malformed("unknown attribute code " + code);
        }
        AttributeValue value = switch (header >>> TYPE_SHIFT) {
            case TYPE_S -> AttributeValue.fromS(reader.readString());
            case TYPE_N -> AttributeValue.fromN(reader.readString());
            case TYPE_B -> AttributeValue.fromB(SdkBytes.fromByteArray(reader.readBytes()));
            default -> throw CursorReader.malformed("unknown value type");
        };
        if (key.put(name, value) != null) {
            throw CursorReader.malformed("attribute " + name + " appears twice");
        }
    }

    private byte[] tag(byte[] bytes, int length) {
        try {
            Mac mac = mac();
            mac.update(bytes, 0, length);
            return Arrays.copyOf(mac.doFinal(), TAG_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private Mac mac() throws GeneralSecurityException {
        // A Mac is not thread-safe; creating one per cursor costs microseconds, far below a Query.
        Mac mac = Mac.getInstance(MAC_ALGORITHM);
        mac.init(key);
        return mac;
    }
}
