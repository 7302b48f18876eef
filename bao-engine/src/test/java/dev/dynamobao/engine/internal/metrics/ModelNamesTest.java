package dev.dynamobao.engine.internal.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelNamesTest {

    private final ModelNames names = ModelNames.fromPrefixes(Map.of("u", "User", "p", "Post"));

    @Test
    void nameOf_whenItemPartitionKey_namesTheModelOfItsPrefix() {
        assertEquals("User", names.nameOf("u#01HK421PSE1Z4KGPSHDWV0D589"));
        assertEquals("Post", names.nameOf("p#gsi2#p"));
        assertEquals("User", names.nameOf("u#iter#002"));
    }

    @Test
    void nameOf_whenTenantPrefixed_skipsTheTenant() {
        assertEquals("User", names.nameOf("[acme]#u#01HK421R2RK33QCBXGYD68060E"));
        assertEquals("User", names.nameOf("[acme]#_raft_uc#_uc1#u#email:tina@acme.com"));
    }

    @Test
    void nameOf_whenUniqueConstraintItem_namesTheOwningModel() {
        assertEquals("User", names.nameOf("_raft_uc#_uc1#u#email:alice@example.com"));
    }

    @Test
    void nameOf_whenPrefixOnlyOrUnknown_answersModelOrUnknown() {
        assertEquals("User", names.nameOf("u"));
        assertEquals(ModelNames.UNKNOWN, names.nameOf("zz#1"));
        assertEquals(ModelNames.UNKNOWN, names.nameOf((String) null));
    }

    @Test
    void nameOf_whenSeveralModels_joinsDistinctNamesSorted() {
        assertEquals("Post,User", names.nameOf(List.of("u#1", "p#2", "_raft_uc#_uc1#u#email:a", "u#3")));
        assertEquals("User", names.nameOf(List.of("u#1", "zz#9")));
        assertEquals(ModelNames.UNKNOWN, names.nameOf(Arrays.asList((String) null)));
    }
}
