package dev.dynamobao.tck.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.spi.TrackedEntity;
import dev.dynamobao.tck.snapshot.plain.PlainNote;
import dev.dynamobao.tck.support.CapturingClient;
import dev.dynamobao.tck.support.RawItems;
import dev.dynamobao.tck.support.UpdateView;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A class that is not enhanced ({@link PlainNote}, excluded from enhancement in bao-tck's pom) is
 * compared with its load snapshot at flush time and must write exactly what its enhanced twin
 * ({@link TrackedNote}) writes for the same changes: the same attributes in the same clauses of
 * one {@code UpdateItem}, and the same stored item — never a full overwrite.
 */
@BaoTest(entities = {TrackedNote.class, PlainNote.class})
class SnapshotFallbackTck {

    /** Attributes that differ between the twins by design: keys, ids, dates, versions, iteration keys. */
    private static final Set<String> PER_ITEM = Set.of("_pk", "_sk", "noteId", "createdAt", "modifiedAt", "version",
            "_iter_pk", "_iter_sk");

    private DynamoDbClient raw;
    private String table;
    private CapturingClient capture;
    private RawItems items;
    private RequestCounter requests;
    private BaoEntityManagerFactory bao;

    @BeforeEach
    void buildCapturingFactory(DynamoDbClient client, @TableName String tableName) {
        raw = client;
        table = tableName;
        capture = new CapturingClient(client);
        items = new RawItems(client, table);
        requests = new RequestCounter();
        bao = Bao.configure().client(capture).table(table).entities(TrackedNote.class, PlainNote.class)
                .requestListener(requests).build();
    }

    @AfterEach
    void closeFactory() {
        bao.close();
    }

    @Test
    void theBuild_enhancesTheTrackedTwinOnly() {
        assertTrue(TrackedEntity.class.isAssignableFrom(TrackedNote.class), "TrackedNote should be enhanced by the build");
        assertFalse(TrackedEntity.class.isAssignableFrom(PlainNote.class),
                "PlainNote must stay plain: bao-tck's pom excludes dev.dynamobao.tck.snapshot.plain.*");
    }

    @Test
    void factory_logsOnceAtInfo_thatAPlainClassIsNotEnhanced(@TableName String tableName, DynamoDbClient client) {
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            Bao.configure().client(client).table(tableName).entities(TrackedNote.class, PlainNote.class).build().close();
        } finally {
            System.setErr(original);
        }
        String text = log.toString(StandardCharsets.UTF_8);
        List<String> lines = text.lines().filter(line -> line.contains("is not enhanced")).toList();
        assertEquals(1, lines.size(), text);
        assertTrue(lines.get(0).contains("INFO") && lines.get(0).contains(PlainNote.class.getName()), lines.get(0));
    }

    @Test
    void sameChanges_onEnhancedAndPlainTwins_sendTheSameUpdates_andStoreTheSameItems() {
        TrackedNote tracked = newNote(new TrackedNote());
        PlainNote plain = newNote(new PlainNote());
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(tracked);
            em.persist(plain);
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            Note t = em.find(TrackedNote.class, tracked.getNoteId()).orElseThrow();
            Note p = em.find(PlainNote.class, plain.getNoteId()).orElseThrow();

            UpdateView title = sameUpdate(em, t, p, note -> note.setTitle("Second title"));
            assertEquals(Set.of("title", "modifiedAt", "version", "_iter_pk", "_iter_sk"), title.set());

            assertEquals(Set.of("body"), sameUpdate(em, t, p, note -> note.setBody(null)).remove());
            assertEquals(Set.of("labels"), sameUpdate(em, t, p, note -> note.getLabels().add("x")).add());
            assertEquals(Set.of("labels"), sameUpdate(em, t, p, note -> note.getLabels().remove("a")).delete());
            assertTrue(sameUpdate(em, t, p, note -> {
                note.getLabels().remove("b");
                note.getLabels().add("y");
            }).set().contains("labels"));
            UpdateView views = sameUpdate(em, t, p, note -> {
                note.view();
                note.view();
            });
            assertEquals(Set.of("views"), views.add());
            assertEquals("2", views.value("views").n());
            assertTrue(sameUpdate(em, t, p, note -> note.setCategory("news")).set().containsAll(Set.of("_gsi1_pk", "_gsi1_sk")));
            assertTrue(sameUpdate(em, t, p, note -> note.setPriority(null)).remove().containsAll(Set.of("_gsi1_pk", "_gsi1_sk")));
            assertEquals(Set.of("labels"), sameUpdate(em, t, p, note -> note.setLabels(new LinkedHashSet<>())).remove());
        }
    }

    @Test
    void unchangedPlainEntity_sendsNoRequest_evenAfterWritingTheSameValues() {
        PlainNote plain = newNote(new PlainNote());
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(plain);
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            PlainNote loaded = em.find(PlainNote.class, plain.getNoteId()).orElseThrow();
            requests.reset();
            em.flush();
            loaded.setTitle(loaded.getTitle());
            loaded.setLabels(new LinkedHashSet<>(loaded.getLabels()));
            em.save(loaded);
            em.flush();
            assertEquals(0, requests.total(), requests::toString);
        }
    }

    @Test
    void plainEntity_keepsAttributesItDoesNotKnow_noFullOverwrite() {
        PlainNote plain = newNote(new PlainNote());
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(plain);
        }
        raw.updateItem(builder -> builder.tableName(table).key(key("pn", plain.getNoteId()))
                .updateExpression("SET foreignAttribute = :f").expressionAttributeValues(Map.of(":f", AttributeValue.fromS("kept"))));
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.find(PlainNote.class, plain.getNoteId()).orElseThrow().setTitle("changed");
            capture.clear();
            em.flush();
            assertEquals(List.of(), capture.requests(software.amazon.awssdk.services.dynamodb.model.PutItemRequest.class));
        }
        Map<String, AttributeValue> item = stored("pn", plain.getNoteId());
        assertEquals("kept", item.get("foreignAttribute").s());
        assertEquals("changed", item.get("title").s());
    }

    private static <N extends Note> N newNote(N note) {
        note.setTitle("First title");
        note.setBody("some body");
        note.setCategory("tech");
        note.setPriority(3);
        note.setLabels(new LinkedHashSet<>(List.of("a", "b")));
        return note;
    }

    /**
     * Applies {@code change} to both twins, flushes each, and asserts that the two UpdateItem
     * requests name the same attributes in the same clauses with the same values (apart from
     * per-item ones), and that the stored items are then the same.
     */
    private UpdateView sameUpdate(BaoEntityManager em, Note tracked, Note plain, Consumer<Note> change) {
        change.accept(tracked);
        capture.clear();
        em.save(tracked);
        List<UpdateView> trackedUpdates = capture.updates();
        change.accept(plain);
        capture.clear();
        em.save(plain);
        List<UpdateView> plainUpdates = capture.updates();
        assertEquals(1, trackedUpdates.size(), () -> "enhanced: " + capture.requests());
        assertEquals(1, plainUpdates.size(), () -> "plain: " + capture.requests());
        UpdateView t = trackedUpdates.get(0);
        UpdateView p = plainUpdates.get(0);
        assertEquals(t.attributesByClause(), p.attributesByClause(), () -> "enhanced " + t + " vs plain " + p);
        for (Set<String> attributes : t.attributesByClause().values()) {
            for (String attribute : attributes) {
                if (!PER_ITEM.contains(attribute)) {
                    assertEquals(normalize(t.value(attribute)), normalize(p.value(attribute)), attribute);
                }
            }
        }
        assertEquals(t.condition().replaceAll(":[a-z]+", ":v"), p.condition().replaceAll(":[a-z]+", ":v"));
        assertEquals(normalized(stored("tn", tracked.getNoteId())), normalized(stored("pn", plain.getNoteId())));
        return t;
    }

    private static Object normalize(AttributeValue value) {
        if (value == null) {
            return null;
        }
        if (value.s() != null) {
            return value.s().replaceFirst("^(tn|pn)#", "P#");
        }
        return value.hasSs() ? Set.copyOf(value.ss()) : value;
    }

    private static Map<String, Object> normalized(Map<String, AttributeValue> item) {
        Map<String, Object> result = new TreeMap<>();
        item.forEach((name, value) -> {
            if (!PER_ITEM.contains(name)) {
                result.put(name, normalize(value));
            }
        });
        return result;
    }

    private Map<String, AttributeValue> key(String prefix, String id) {
        return Map.of("_pk", AttributeValue.fromS(prefix + "#" + id), "_sk", AttributeValue.fromS(prefix));
    }

    private Map<String, AttributeValue> stored(String prefix, String id) {
        return items.get(prefix + "#" + id, prefix);
    }
}
