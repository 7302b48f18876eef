package dev.dynamobao.benchmarks.cpu.plain;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a careful developer writes by hand to map {@link PlainCpuItem} to the stored item and back:
 * the item this library stores ({@code _pk = "ci#" + owner}, {@code _sk = id}, every field under
 * its own name, the set as {@code SS}, the bytes as {@code B}).
 */
public final class HandMapper {

    private HandMapper() {
    }

    /** The partition key value of {@code owner}'s items. */
    public static String partition(String owner) {
        return "ci#" + owner;
    }

    /** The stored item of {@code source}. */
    public static Map<String, AttributeValue> toItem(PlainCpuItem source) {
        Map<String, AttributeValue> item = new HashMap<>(64);
        item.put("_pk", AttributeValue.fromS(partition(source.getOwner())));
        item.put("_sk", AttributeValue.fromS(source.getId()));
        item.put("owner", AttributeValue.fromS(source.getOwner()));
        item.put("id", AttributeValue.fromS(source.getId()));
        putString(item, "s01", source.getS01());
        putString(item, "s02", source.getS02());
        putString(item, "s03", source.getS03());
        putString(item, "s04", source.getS04());
        putString(item, "s05", source.getS05());
        putString(item, "s06", source.getS06());
        putString(item, "s07", source.getS07());
        putString(item, "s08", source.getS08());
        putString(item, "s09", source.getS09());
        putString(item, "s10", source.getS10());
        putString(item, "s11", source.getS11());
        putString(item, "s12", source.getS12());
        putString(item, "s13", source.getS13());
        putString(item, "s14", source.getS14());
        putString(item, "s15", source.getS15());
        putString(item, "s16", source.getS16());
        putString(item, "s17", source.getS17());
        putString(item, "s18", source.getS18());
        putString(item, "s19", source.getS19());
        putString(item, "s20", source.getS20());
        putString(item, "s21", source.getS21());
        putString(item, "s22", source.getS22());
        putString(item, "s23", source.getS23());
        putString(item, "s24", source.getS24());
        putString(item, "s25", source.getS25());
        putString(item, "s26", source.getS26());
        if (source.getTags() != null && !source.getTags().isEmpty()) {
            item.put("tags", AttributeValue.fromSs(List.copyOf(source.getTags())));
        }
        if (source.getData() != null) {
            item.put("data", AttributeValue.fromB(SdkBytes.fromByteArray(source.getData())));
        }
        return item;
    }

    /** A new object read from a stored item. */
    public static PlainCpuItem fromItem(Map<String, AttributeValue> item) {
        PlainCpuItem target = new PlainCpuItem();
        target.setOwner(string(item, "owner"));
        target.setId(string(item, "id"));
        target.setS01(string(item, "s01"));
        target.setS02(string(item, "s02"));
        target.setS03(string(item, "s03"));
        target.setS04(string(item, "s04"));
        target.setS05(string(item, "s05"));
        target.setS06(string(item, "s06"));
        target.setS07(string(item, "s07"));
        target.setS08(string(item, "s08"));
        target.setS09(string(item, "s09"));
        target.setS10(string(item, "s10"));
        target.setS11(string(item, "s11"));
        target.setS12(string(item, "s12"));
        target.setS13(string(item, "s13"));
        target.setS14(string(item, "s14"));
        target.setS15(string(item, "s15"));
        target.setS16(string(item, "s16"));
        target.setS17(string(item, "s17"));
        target.setS18(string(item, "s18"));
        target.setS19(string(item, "s19"));
        target.setS20(string(item, "s20"));
        target.setS21(string(item, "s21"));
        target.setS22(string(item, "s22"));
        target.setS23(string(item, "s23"));
        target.setS24(string(item, "s24"));
        target.setS25(string(item, "s25"));
        target.setS26(string(item, "s26"));
        AttributeValue tags = item.get("tags");
        target.setTags(tags == null ? new LinkedHashSet<>() : new LinkedHashSet<>(tags.ss()));
        AttributeValue data = item.get("data");
        target.setData(data == null ? null : data.b().asByteArray());
        return target;
    }

    private static void putString(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, AttributeValue.fromS(value));
        }
    }

    private static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }
}
