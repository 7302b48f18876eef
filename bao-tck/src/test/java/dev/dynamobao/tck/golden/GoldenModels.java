package dev.dynamobao.tck.golden;

import dev.dynamobao.tck.model.AppEntity;
import dev.dynamobao.tck.model.Post;
import dev.dynamobao.tck.model.PostTag;
import dev.dynamobao.tck.model.Reading;
import dev.dynamobao.tck.model.Tag;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.tck.model.Widget;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Which Java entity of {@code dev.dynamobao.tck.model} a golden item belongs to, and its primary id. */
final class GoldenModels {

    private static final Map<String, Class<?>> BY_PREFIX = Map.of("u", User.class, "p", Post.class, "t", Tag.class,
            "pt", PostTag.class, "ae", AppEntity.class, "r", Reading.class, "w", Widget.class);
    private static final String SEPARATOR = "##__SK__##";

    private GoldenModels() {
    }

    /** The tenant-less {@code _pk} of an item. */
    private static String partition(Map<String, AttributeValue> item) {
        String pk = item.get("_pk").s();
        return pk.startsWith("[") ? pk.substring(pk.indexOf("]#") + 2) : pk;
    }

    /** The model prefix of a model item. */
    static String prefixOf(Map<String, AttributeValue> item) {
        String pk = partition(item);
        return pk.substring(0, pk.indexOf('#'));
    }

    /** The entity class of a model item. */
    static Class<?> typeOf(Map<String, AttributeValue> item) {
        Class<?> type = BY_PREFIX.get(prefixOf(item));
        if (type == null) {
            throw new AssertionError("no Java model for prefix " + prefixOf(item));
        }
        return type;
    }

    /** The primary id of a model item, from its key alone (LAYOUT.md §4.3). */
    static String primaryIdOf(Map<String, AttributeValue> item) {
        String prefix = prefixOf(item);
        String partitionValue = partition(item).substring(prefix.length() + 1);
        String sk = item.get("_sk").s();
        return sk.equals(prefix) ? partitionValue : partitionValue + SEPARATOR + sk;
    }
}
