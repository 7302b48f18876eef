package dev.dynamobao.engine.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamobao.engine.internal.key.ItemKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverlappedWritesTest {

    private static ItemKey key(String name) {
        return new ItemKey(name, name);
    }

    @Test
    void groupBySharedKeys_writesWithNoKeyInCommon_eachFormItsOwnGroup_inOrder() {
        Map<String, List<ItemKey>> keys = Map.of("a", List.of(key("a")), "b", List.of(key("b")), "c", List.of(key("c")));

        List<List<String>> groups = OverlappedWrites.groupBySharedKeys(List.of("a", "b", "c"), keys::get);

        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c")), groups);
    }

    @Test
    void groupBySharedKeys_aReleaseAndAClaimOfOneConstraintItem_stayInOneGroupInTheGivenOrder() {
        // "release" frees the constraint item "x", "claim" takes it; "other" shares nothing.
        Map<String, List<ItemKey>> keys = Map.of(
                "release", List.of(key("user1"), key("x"), key("y")),
                "other", List.of(key("post")),
                "claim", List.of(key("user2"), key("x")));

        List<List<String>> groups = OverlappedWrites.groupBySharedKeys(List.of("release", "other", "claim"), keys::get);

        assertEquals(List.of(List.of("release", "claim"), List.of("other")), groups);
    }

    @Test
    void groupBySharedKeys_chainsOfSharedKeys_joinTransitively_evenWhenTheLinkComesLast() {
        Map<String, List<ItemKey>> keys = Map.of(
                "a", List.of(key("1")),
                "b", List.of(key("2")),
                "c", List.of(key("3")),
                "link", List.of(key("3"), key("1")));

        List<List<String>> groups = OverlappedWrites.groupBySharedKeys(List.of("a", "b", "c", "link"), keys::get);

        assertEquals(List.of(List.of("a", "c", "link"), List.of("b")), groups);
    }
}
