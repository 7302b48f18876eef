package dev.dynamobao.benchmarks.cpu;

import dev.dynamobao.benchmarks.cpu.enhanced.EnhancedCpuItem;
import dev.dynamobao.benchmarks.cpu.plain.HandMapper;
import dev.dynamobao.benchmarks.cpu.plain.PlainCpuItem;
import java.util.Set;

/**
 * The one item of the side-by-side benchmarks, built the same way for each of the three clients:
 * a new object with every field set (26 strings of about 40 characters, a 3-element string set,
 * 64 bytes).
 */
public final class Samples {

    /** The partition of every item. */
    public static final String OWNER = "owner-1";
    /** The string set of every item. */
    public static final Set<String> TAGS = Set.of("blue", "green", "red");
    private static final byte[] DATA = new byte[64];

    static {
        for (int i = 0; i < DATA.length; i++) {
            DATA[i] = (byte) (i * 7);
        }
    }

    private Samples() {
    }

    /** The bytes of every item (a copy). */
    public static byte[] data() {
        return DATA.clone();
    }

    /** The item {@code id} for the raw SDK. */
    public static PlainCpuItem plain(String id) {
        PlainCpuItem item = new PlainCpuItem();
        item.setOwner(OWNER);
        item.setId(id);
        item.setS01("value of s01, a line of thirty-odd chars");
        item.setS02("value of s02, a line of thirty-odd chars");
        item.setS03("value of s03, a line of thirty-odd chars");
        item.setS04("value of s04, a line of thirty-odd chars");
        item.setS05("value of s05, a line of thirty-odd chars");
        item.setS06("value of s06, a line of thirty-odd chars");
        item.setS07("value of s07, a line of thirty-odd chars");
        item.setS08("value of s08, a line of thirty-odd chars");
        item.setS09("value of s09, a line of thirty-odd chars");
        item.setS10("value of s10, a line of thirty-odd chars");
        item.setS11("value of s11, a line of thirty-odd chars");
        item.setS12("value of s12, a line of thirty-odd chars");
        item.setS13("value of s13, a line of thirty-odd chars");
        item.setS14("value of s14, a line of thirty-odd chars");
        item.setS15("value of s15, a line of thirty-odd chars");
        item.setS16("value of s16, a line of thirty-odd chars");
        item.setS17("value of s17, a line of thirty-odd chars");
        item.setS18("value of s18, a line of thirty-odd chars");
        item.setS19("value of s19, a line of thirty-odd chars");
        item.setS20("value of s20, a line of thirty-odd chars");
        item.setS21("value of s21, a line of thirty-odd chars");
        item.setS22("value of s22, a line of thirty-odd chars");
        item.setS23("value of s23, a line of thirty-odd chars");
        item.setS24("value of s24, a line of thirty-odd chars");
        item.setS25("value of s25, a line of thirty-odd chars");
        item.setS26("value of s26, a line of thirty-odd chars");
        item.setTags(TAGS);
        item.setData(DATA);
        return item;
    }

    /** The item {@code id} as an entity of this library. */
    public static CpuItem entity(String id) {
        CpuItem item = new CpuItem();
        item.setOwner(OWNER);
        item.setId(id);
        item.setS01("value of s01, a line of thirty-odd chars");
        item.setS02("value of s02, a line of thirty-odd chars");
        item.setS03("value of s03, a line of thirty-odd chars");
        item.setS04("value of s04, a line of thirty-odd chars");
        item.setS05("value of s05, a line of thirty-odd chars");
        item.setS06("value of s06, a line of thirty-odd chars");
        item.setS07("value of s07, a line of thirty-odd chars");
        item.setS08("value of s08, a line of thirty-odd chars");
        item.setS09("value of s09, a line of thirty-odd chars");
        item.setS10("value of s10, a line of thirty-odd chars");
        item.setS11("value of s11, a line of thirty-odd chars");
        item.setS12("value of s12, a line of thirty-odd chars");
        item.setS13("value of s13, a line of thirty-odd chars");
        item.setS14("value of s14, a line of thirty-odd chars");
        item.setS15("value of s15, a line of thirty-odd chars");
        item.setS16("value of s16, a line of thirty-odd chars");
        item.setS17("value of s17, a line of thirty-odd chars");
        item.setS18("value of s18, a line of thirty-odd chars");
        item.setS19("value of s19, a line of thirty-odd chars");
        item.setS20("value of s20, a line of thirty-odd chars");
        item.setS21("value of s21, a line of thirty-odd chars");
        item.setS22("value of s22, a line of thirty-odd chars");
        item.setS23("value of s23, a line of thirty-odd chars");
        item.setS24("value of s24, a line of thirty-odd chars");
        item.setS25("value of s25, a line of thirty-odd chars");
        item.setS26("value of s26, a line of thirty-odd chars");
        item.setTags(TAGS);
        item.setData(DATA);
        return item;
    }

    /** The item {@code id} as an Enhanced Client bean (with its table key properties). */
    public static EnhancedCpuItem enhanced(String id) {
        EnhancedCpuItem item = new EnhancedCpuItem();
        item.setPk(HandMapper.partition(OWNER));
        item.setSk(id);
        item.setOwner(OWNER);
        item.setId(id);
        item.setS01("value of s01, a line of thirty-odd chars");
        item.setS02("value of s02, a line of thirty-odd chars");
        item.setS03("value of s03, a line of thirty-odd chars");
        item.setS04("value of s04, a line of thirty-odd chars");
        item.setS05("value of s05, a line of thirty-odd chars");
        item.setS06("value of s06, a line of thirty-odd chars");
        item.setS07("value of s07, a line of thirty-odd chars");
        item.setS08("value of s08, a line of thirty-odd chars");
        item.setS09("value of s09, a line of thirty-odd chars");
        item.setS10("value of s10, a line of thirty-odd chars");
        item.setS11("value of s11, a line of thirty-odd chars");
        item.setS12("value of s12, a line of thirty-odd chars");
        item.setS13("value of s13, a line of thirty-odd chars");
        item.setS14("value of s14, a line of thirty-odd chars");
        item.setS15("value of s15, a line of thirty-odd chars");
        item.setS16("value of s16, a line of thirty-odd chars");
        item.setS17("value of s17, a line of thirty-odd chars");
        item.setS18("value of s18, a line of thirty-odd chars");
        item.setS19("value of s19, a line of thirty-odd chars");
        item.setS20("value of s20, a line of thirty-odd chars");
        item.setS21("value of s21, a line of thirty-odd chars");
        item.setS22("value of s22, a line of thirty-odd chars");
        item.setS23("value of s23, a line of thirty-odd chars");
        item.setS24("value of s24, a line of thirty-odd chars");
        item.setS25("value of s25, a line of thirty-odd chars");
        item.setS26("value of s26, a line of thirty-odd chars");
        item.setTags(TAGS);
        item.setData(DATA);
        return item;
    }
}
