package dev.dynamobao.engine.internal.query.cursor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.query.InvalidCursorException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CursorCodecTest {
    private static final CursorScope POSTS_FOR_USER = new CursorScope("Post", "postsForUser", null);
    private static final Map<String, AttributeValue> GSI_KEY = Map.of(
            "_pk", AttributeValue.fromS("p#01HK421PSE1Z4KGPSHDWV0D589"),
            "_sk", AttributeValue.fromS("01HK421Q0CBVF84397T6SEGJ6Q"),
            "_gsi1_pk", AttributeValue.fromS("p#gsi1#01HK421PSE1Z4KGPSHDWV0D589"),
            "_gsi1_sk", AttributeValue.fromS("00000001704164645678"));

    private final CursorCodec codec = new CursorCodec("bao-table".getBytes(StandardCharsets.UTF_8));

    @Test
    void roundTrip_returnsSameKey() {
        String cursor = codec.encode(POSTS_FOR_USER, GSI_KEY);

        assertEquals(GSI_KEY, codec.decode(POSTS_FOR_USER, cursor));
    }

    @Test
    void roundTrip_withTenantAndPrimaryKey() {
        CursorScope scope = new CursorScope("User", null, "acme");
        Map<String, AttributeValue> key = Map.of("_pk", AttributeValue.fromS("[acme]#u#01HK421R2RK33QCBXGYD68060E"),
                "_sk", AttributeValue.fromS("u"));

        assertEquals(key, codec.decode(scope, codec.encode(scope, key)));
    }

    @Test
    void roundTrip_keepsUnicodeHashesAndUnknownAttributeNames() {
        CursorScope scope = new CursorScope("Café", "par_défaut", "tenant-ü");
        Map<String, AttributeValue> key = Map.of(
                "_iter_pk", AttributeValue.fromS("u#iter#002"),
                "_iter_sk", AttributeValue.fromS("a##__SK__##b ✓ 日本"),
                "customKey", AttributeValue.fromN("42"),
                "blob", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, -1, 7})));

        assertEquals(key, codec.decode(scope, codec.encode(scope, key)));
    }

    @Test
    void roundTrip_withLongKeys() {
        Map<String, AttributeValue> key = Map.of("_pk", AttributeValue.fromS("p#" + "x".repeat(2000)),
                "_sk", AttributeValue.fromS("y".repeat(1000)));

        assertEquals(key, codec.decode(POSTS_FOR_USER, codec.encode(POSTS_FOR_USER, key)));
    }

    @Test
    void encode_isUrlSafeWithoutPadding() {
        String cursor = codec.encode(POSTS_FOR_USER, GSI_KEY);

        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
    }

    @Test
    void encode_isCompact() {
        String cursor = codec.encode(POSTS_FOR_USER, GSI_KEY);
        int rawKeyLength = GSI_KEY.values().stream().mapToInt(v -> v.s().length()).sum();
        // version, flags, length-prefixed "Post" and "postsForUser", count, 2 framing bytes per attribute, 12-byte tag
        int overhead = 1 + 1 + (1 + 4) + (1 + 12) + 1 + 4 * 2 + 12;

        assertEquals(rawKeyLength + overhead, Base64.getUrlDecoder().decode(cursor).length);
    }

    @Test
    void encode_isDeterministicRegardlessOfMapOrder() {
        Map<String, AttributeValue> reversed = new LinkedHashMap<>();
        reversed.put("_sk", GSI_KEY.get("_sk"));
        reversed.put("_pk", GSI_KEY.get("_pk"));
        Map<String, AttributeValue> ordered = new LinkedHashMap<>();
        ordered.put("_pk", GSI_KEY.get("_pk"));
        ordered.put("_sk", GSI_KEY.get("_sk"));

        assertEquals(codec.encode(POSTS_FOR_USER, ordered), codec.encode(POSTS_FOR_USER, reversed));
    }

    @Test
    void decode_ofOtherModel_namesBothScopes() {
        String cursor = codec.encode(POSTS_FOR_USER, GSI_KEY);

        InvalidCursorException error = assertThrows(InvalidCursorException.class,
                () -> codec.decode(new CursorScope("User", "postsForUser", null), cursor));

        assertEquals("Invalid cursor: it belongs to model Post, index postsForUser, no tenant, not to this query on"
                + " model User, index postsForUser, no tenant. " + CursorCodec.HOW_TO_FIX, error.getMessage());
    }

    @Test
    void decode_ofOtherIndex_isRejected() {
        String cursor = codec.encode(POSTS_FOR_USER, GSI_KEY);

        InvalidCursorException error = assertThrows(InvalidCursorException.class,
                () -> codec.decode(new CursorScope("Post", "recentPosts", null), cursor));

        assertTrue(error.getMessage().contains("index postsForUser"), error.getMessage());
        assertTrue(error.getMessage().contains("index recentPosts"), error.getMessage());
    }

    @Test
    void decode_ofIndexCursorOnPrimaryKey_isRejected() {
        String cursor = codec.encode(POSTS_FOR_USER, GSI_KEY);

        InvalidCursorException error = assertThrows(InvalidCursorException.class,
                () -> codec.decode(new CursorScope("Post", null, null), cursor));

        assertTrue(error.getMessage().contains("primary key"), error.getMessage());
    }

    @Test
    void decode_ofOtherTenant_isRejected() {
        String cursor = codec.encode(new CursorScope("Post", "postsForUser", "acme"), GSI_KEY);

        InvalidCursorException error = assertThrows(InvalidCursorException.class,
                () -> codec.decode(new CursorScope("Post", "postsForUser", "globex"), cursor));

        assertTrue(error.getMessage().contains("tenant acme"), error.getMessage());
        assertTrue(error.getMessage().contains("tenant globex"), error.getMessage());
    }

    @Test
    void decode_ofTenantCursorWithoutTenant_isRejected() {
        String cursor = codec.encode(new CursorScope("Post", "postsForUser", "acme"), GSI_KEY);

        assertThrows(InvalidCursorException.class, () -> codec.decode(POSTS_FOR_USER, cursor));
    }

    @Test
    void decode_ofCursorFromOtherSecret_failsIntegrityCheck() {
        String cursor = new CursorCodec("other-table".getBytes(StandardCharsets.UTF_8)).encode(POSTS_FOR_USER, GSI_KEY);

        InvalidCursorException error = assertThrows(InvalidCursorException.class,
                () -> codec.decode(POSTS_FOR_USER, cursor));

        assertTrue(error.getMessage().contains("integrity check"), error.getMessage());
    }

    @Test
    void decode_afterFlippingAnyCharacter_isRejected() {
        String cursor = codec.encode(POSTS_FOR_USER, Map.of("_pk", AttributeValue.fromS("p#u1"),
                "_sk", AttributeValue.fromS("s1")));

        for (int i = 0; i < cursor.length(); i++) {
            char original = cursor.charAt(i);
            char replacement = original == 'A' ? 'B' : 'A';
            String tampered = cursor.substring(0, i) + replacement + cursor.substring(i + 1);
            InvalidCursorException error = assertThrows(InvalidCursorException.class,
                    () -> codec.decode(POSTS_FOR_USER, tampered), "flipped position " + i);
            assertTrue(error.getMessage().startsWith("Invalid cursor: "), error.getMessage());
        }
    }

    @Test
    void decode_ofTamperedKeyWithValidBase64_failsIntegrityCheck() {
        Map<String, AttributeValue> key = Map.of("_pk", AttributeValue.fromS("p#aaaa"), "_sk", AttributeValue.fromS("s"));
        byte[] bytes = Base64.getUrlDecoder().decode(codec.encode(POSTS_FOR_USER, key));
        String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("p#aaaa", "p#bbbb");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.ISO_8859_1));

        InvalidCursorException error = assertThrows(InvalidCursorException.class,
                () -> codec.decode(POSTS_FOR_USER, forged));

        assertTrue(error.getMessage().contains("integrity check"), error.getMessage());
    }

    @Test
    void decode_ofTruncatedCursor_isRejected() {
        String cursor = codec.encode(POSTS_FOR_USER, GSI_KEY);

        for (int length : new int[] {1, 5, 20, cursor.length() / 2, cursor.length() - 1}) {
            String truncated = cursor.substring(0, length);
            assertThrows(InvalidCursorException.class, () -> codec.decode(POSTS_FOR_USER, truncated),
                    "length " + length);
        }
    }

    @Test
    void decode_withPaddingAdded_isRejected() {
        String cursor = codec.encode(POSTS_FOR_USER, GSI_KEY);

        assertThrows(InvalidCursorException.class, () -> codec.decode(POSTS_FOR_USER, cursor + "="));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "not a cursor!", "%%%%", "eyJrZXkiOiJ2YWx1ZSJ9", "AAAAAAAAAAAAAAAAAAAAAAAA",
        "////", "\u00e9\u00e9\u00e9"})
    void decode_ofGarbage_isRejectedWithInvalidCursor(String garbage) {
        InvalidCursorException error = assertThrows(InvalidCursorException.class,
                () -> codec.decode(POSTS_FOR_USER, garbage));

        assertTrue(error.getMessage().startsWith("Invalid cursor: "), error.getMessage());
    }

    @Test
    void decode_ofNonBase64_saysSo() {
        InvalidCursorException error = assertThrows(InvalidCursorException.class,
                () -> codec.decode(POSTS_FOR_USER, "not a cursor!"));

        assertTrue(error.getMessage().contains("base64"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void decode_ofEmptyCursor_saysEmpty(String empty) {
        InvalidCursorException error = assertThrows(InvalidCursorException.class,
                () -> codec.decode(POSTS_FOR_USER, empty));

        assertTrue(error.getMessage().contains("empty"), error.getMessage());
    }

    @Test
    void decode_ofNullCursor_saysEmpty() {
        assertThrows(InvalidCursorException.class, () -> codec.decode(POSTS_FOR_USER, null));
    }

    @Test
    void decode_ofHugeInput_isRejectedWithoutDecoding() {
        InvalidCursorException error = assertThrows(InvalidCursorException.class,
                () -> codec.decode(POSTS_FOR_USER, "A".repeat(100_000)));

        assertTrue(error.getMessage().contains("characters long"), error.getMessage());
    }

    @Test
    void codec_withEmptySecret_stillWorks() {
        CursorCodec empty = new CursorCodec(new byte[0]);
        String cursor = empty.encode(POSTS_FOR_USER, GSI_KEY);

        assertEquals(GSI_KEY, empty.decode(POSTS_FOR_USER, cursor));
        assertNotEquals(cursor, codec.encode(POSTS_FOR_USER, GSI_KEY));
    }

    @Test
    void encode_ofEmptyKey_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> codec.encode(POSTS_FOR_USER, Map.of()));
    }

    @Test
    void encode_ofNonKeyType_isRejected() {
        Map<String, AttributeValue> key = Map.of("_pk", AttributeValue.fromBool(true));

        assertThrows(IllegalArgumentException.class, () -> codec.encode(POSTS_FOR_USER, key));
    }

    @Test
    void scope_describe_isReadable() {
        assertEquals("model Post, index postsForUser, tenant acme",
                new CursorScope("Post", "postsForUser", "acme").describe());
        assertEquals("model User, primary key, no tenant", new CursorScope("User", null, null).describe());
    }
}
