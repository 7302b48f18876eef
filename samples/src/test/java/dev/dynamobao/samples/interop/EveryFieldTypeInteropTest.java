package dev.dynamobao.samples.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.Ref;
import dev.dynamobao.samples.everytype.Club;
import dev.dynamobao.samples.everytype.Member;
import dev.dynamobao.samples.everytype.Member_;
import dev.dynamobao.samples.everytype.Membership;
import dev.dynamobao.samples.everytype.Membership_;
import dev.dynamobao.test.BackendEndpoint;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * One {@code models.yaml} ({@code src/main/yaml/every-type.yaml}: every field type of dynamo-bao 0.4.2, a
 * mapping table with a composite key, a unique constraint, GSIs) is turned into JavaScript models by
 * dynamo-bao 0.4.2's own {@code bao-codegen} and into Java entities by {@code bao:generate}; each library
 * then reads and updates what the other wrote, in one table of the test backend. Without Node the class is
 * skipped with one line, and fails when {@code CI=true}.
 */
@BaoTest(entities = {Member.class, Club.class, Membership.class})
class EveryFieldTypeInteropTest {

    private static final Logger LOG = LoggerFactory.getLogger(EveryFieldTypeInteropTest.class);
    private static final Instant BIRTHDAY = Instant.ofEpochMilli(1_704_164_645_678L);
    private static final Instant TTL = Instant.ofEpochSecond(4_102_444_800L);

    private static NodeScript js;

    @BeforeAll
    static void generateTheJavaScriptModels(@TableName String table, @BackendEndpoint URI endpoint) {
        Optional<String> node = NodeScript.nodeVersion();
        if (node.isEmpty()) {
            assertFalse("true".equalsIgnoreCase(System.getenv("CI")), NodeScript.NO_NODE_IN_CI);
            LOG.warn(NodeScript.NO_NODE);
            Assumptions.abort(NodeScript.NO_NODE);
        }
        Path jsDirectory = Path.of(System.getProperty("bao.interop.jsDir", "src/test/js")).toAbsolutePath();
        NodeScript.install(jsDirectory);
        Path models = Path.of("target/every-type-js/models").toAbsolutePath();
        NodeScript.codegen(jsDirectory, Path.of("src/main/yaml/every-type.yaml").toAbsolutePath(), models);
        js = new NodeScript(jsDirectory, endpoint, table, "every-type.js",
                Map.of("BAO_MODELS_DIR", models.toString(), "NODE_PATH", jsDirectory.resolve("node_modules").toString()));
    }

    private static Set<String> strings(JsonNode array) {
        return array.asArray().stream().map(JsonNode::text).collect(Collectors.toCollection(TreeSet::new));
    }

    private static double number(JsonNode node) {
        return Double.parseDouble(node.asNumber());
    }

    @Test
    void memberWrittenByDynamoBaoJs_isReadAndUpdatedByJava_andJsReadsTheUpdate(BaoEntityManagerFactory bao) {
        JsonNode created = js.run("create", "js-member");
        String memberId = created.field("member").get().field("memberId").get().text();
        String clubId = created.field("club").get().text();

        String javaVersion;
        try (BaoEntityManager em = bao.createEntityManager()) {
            Member member = Member_.findByHandle(em, "js-member").orElseThrow();
            assertEquals(memberId, member.getMemberId());
            assertEquals(42L, member.getAge());
            assertEquals(4.5, member.getScore());
            assertEquals(Boolean.TRUE, member.getActive());
            assertEquals(BIRTHDAY, member.getBirthday());
            assertEquals(3L, member.getLikes());
            assertArrayEquals(new byte[] {1, 2, 3, (byte) 250}, member.getAvatar());
            assertEquals(TTL, member.getTtl());
            assertEquals(Set.of("a", "b"), member.getTags());
            assertEquals("01HK421Q3GASASGXY85SM7Z0B7", member.getExternalId());
            assertEquals("active", member.getStatus());
            assertEquals(created.field("member").get().field("version").get().text(), member.getVersion());
            assertEquals(List.of("JS Club"), Membership_.getClubs(em, member).items().stream().map(Club::getName).toList());
            assertEquals(clubId, Membership_.getClubs(em, member).items().get(0).getClubId());

            member.setStatus("java-updated");
            member.setScore(7.75);
            Set<String> tags = new LinkedHashSet<>(member.getTags());
            tags.add("java");
            member.setTags(tags);
            member.setLikes(member.getLikes() + 1);
            em.flush();
            javaVersion = member.getVersion();
        }

        JsonNode read = js.run("read", memberId).field("member").get();
        assertEquals("java-updated", read.field("status").get().text());
        assertEquals(7.75, number(read.field("score").get()));
        assertEquals(Set.of("a", "b", "java"), strings(read.field("tags").get()));
        assertEquals(4.0, number(read.field("likes").get()));
        assertEquals(javaVersion, read.field("version").get().text());
        assertEquals(42.0, number(read.field("age").get()), "untouched fields stay");
    }

    @Test
    void memberWrittenByJava_isReadAndUpdatedByDynamoBaoJs_andJavaReadsTheUpdate(BaoEntityManagerFactory bao) {
        String memberId;
        try (BaoEntityManager em = bao.createEntityManager()) {
            Club club = new Club("Java Club");
            em.persist(club);
            Member member = new Member("java-member");
            member.setAge(7L);
            member.setScore(0.1);
            member.setActive(false);
            member.setBirthday(BIRTHDAY);
            member.setLikes(5);
            member.setAvatar(new byte[] {9, 8});
            member.setTtl(TTL);
            member.setTags(Set.of("x"));
            member.setExternalId("01HK421PSE1Z4KGPSHDWV0D589");
            member.setStatus("new");
            em.persist(member);
            em.persist(new Membership(Ref.of(member), Ref.of(club)));
            memberId = member.getMemberId();
        }

        JsonNode result = js.run("read", memberId);
        JsonNode read = result.field("member").get();
        assertEquals("java-member", read.field("handle").get().text());
        assertEquals(7.0, number(read.field("age").get()));
        assertEquals(0.1, number(read.field("score").get()));
        assertFalse(read.field("active").get().asBoolean());
        assertEquals((double) BIRTHDAY.toEpochMilli(), number(read.field("birthday").get()));
        assertEquals(5.0, number(read.field("likes").get()));
        assertEquals(Base64.getEncoder().encodeToString(new byte[] {9, 8}), read.field("avatar").get().text());
        assertEquals((double) TTL.toEpochMilli(), number(read.field("ttl").get()));
        assertEquals(Set.of("x"), strings(read.field("tags").get()));
        assertEquals(memberId, result.field("byHandle").get().text(), "Member.findByHandle (unique constraint item)");
        assertEquals(Set.of("Java Club"), strings(result.field("clubs").get()), "member.getClubs() (mapping table)");

        String version = read.field("version").get().text();
        JsonNode updated = js.run("update", memberId, version).field("member").get();
        assertNotEquals(version, updated.field("version").get().text());

        try (BaoEntityManager em = bao.createEntityManager()) {
            Member member = em.find(Member.class, memberId).orElseThrow();
            assertEquals("js-updated", member.getStatus());
            assertEquals(9.25, member.getScore());
            assertEquals(Set.of("a", "js"), member.getTags());
            assertEquals(7L, member.getLikes());
            assertEquals(updated.field("version").get().text(), member.getVersion());
            assertTrue(member.getModifiedAt().toEpochMilli() >= member.getCreatedAt().toEpochMilli());
        }
    }
}
