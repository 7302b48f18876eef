package dev.dynamobao.tck.changes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.OptimisticLockException;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.tck.support.CapturingClient;
import dev.dynamobao.tck.support.RawItems;
import dev.dynamobao.tck.support.UpdateView;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * A flush checks only the entities that may have changed, and still writes every change: in-place
 * changes of a string set, a byte array and a mutable user value on one {@link Sheet} among many clean
 * ones loaded in the same unit of work each produce exactly one {@code UpdateItem}, read back raw from
 * the server. The set a managed entity holds records its own changes and otherwise behaves as a set.
 */
@BaoTest(entities = {Sheet.class, Card.class})
class FlushWhatChangedTck {

    private static final int MANY = 40;

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
        bao = Bao.configure().client(capture).table(table).entities(Sheet.class, Card.class).requestListener(requests).build();
    }

    @AfterEach
    void closeFactory() {
        bao.close();
    }

    private static Sheet newSheet(int i) {
        Sheet sheet = new Sheet();
        sheet.setTitle("sheet " + i);
        sheet.setLabels(new LinkedHashSet<>(List.of("a", "b")));
        sheet.setPayload(new byte[] {1, 2, 3, (byte) i});
        sheet.setSize(new Size(10, i));
        return sheet;
    }

    /** Persists {@link #MANY} sheets, each with a set, bytes and a size; returns their ids. */
    private List<String> persistMany() {
        List<String> ids = new ArrayList<>();
        try (BaoEntityManager em = bao.createEntityManager()) {
            for (int i = 0; i < MANY; i++) {
                Sheet sheet = newSheet(i);
                em.persist(sheet);
                ids.add(sheet.getSheetId());
            }
        }
        return ids;
    }

    private Map<String, AttributeValue> stored(String id) {
        return items.get("sh#" + id, "sh");
    }

    /** Flushes and returns the single UpdateItem it sent (asserting that it sent nothing else). */
    private UpdateView flushOne(BaoEntityManager em) {
        capture.clear();
        requests.reset();
        em.flush();
        assertEquals(1, requests.total(), () -> "expected exactly one request, got " + requests);
        assertEquals(1, requests.count(DynamoOperation.UPDATE_ITEM));
        return capture.updates().get(0);
    }

    private void flushNothing(BaoEntityManager em) {
        requests.reset();
        em.flush();
        assertEquals(0, requests.total(), () -> "expected no request, got " + requests);
    }

    private List<Sheet> loadAll(BaoEntityManager em, List<String> ids) {
        List<Sheet> sheets = em.findAll(Sheet.class, ids).items();
        assertEquals(MANY, sheets.size());
        return sheets;
    }

    @Test
    void flush_cardsWithOnlyASet_writesTheOneWhoseSetOrFieldChanged() {
        List<String> ids = new ArrayList<>();
        try (BaoEntityManager em = bao.createEntityManager()) {
            for (int i = 0; i < MANY; i++) {
                Card card = new Card();
                card.setTitle("card " + i);
                card.setTags(new LinkedHashSet<>(List.of("t")));
                em.persist(card);
                ids.add(card.getCardId());
            }
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            List<Card> cards = em.findAll(Card.class, ids).items();
            cards.forEach(card -> assertEquals(Set.of("t"), card.getTags()));
            flushNothing(em);

            cards.get(11).getTags().add("u");
            UpdateView added = flushOne(em);
            assertEquals(Set.of("tags"), added.add());
            assertEquals(Set.of("t", "u"), Set.copyOf(items.get("cd#" + ids.get(11), "cd").get("tags").ss()));

            cards.get(12).setTitle("renamed");
            UpdateView renamed = flushOne(em);
            assertEquals(Set.of("title"), renamed.set());
            assertEquals("renamed", items.get("cd#" + ids.get(12), "cd").get("title").s());
            flushNothing(em);
        }
    }

    @Test
    void flush_manyLoadedAndRead_nothingChanged_sendsNothing() {
        List<String> ids = persistMany();
        try (BaoEntityManager em = bao.createEntityManager()) {
            for (Sheet sheet : loadAll(em, ids)) {
                assertEquals(2, sheet.getLabels().size());
                assertEquals(4, sheet.getPayload().length);
                assertEquals(10, sheet.getSize().getWidth());
            }
            flushNothing(em);
        }
    }

    @Test
    void flush_setElementAddedInPlaceOnOneOfMany_writesOnlyThatEntity() {
        List<String> ids = persistMany();
        try (BaoEntityManager em = bao.createEntityManager()) {
            Sheet changed = loadAll(em, ids).get(17);
            changed.getLabels().add("c");

            UpdateView update = flushOne(em);

            assertEquals(Map.of("_pk", AttributeValue.fromS("sh#" + changed.getSheetId()), "_sk", AttributeValue.fromS("sh")),
                    update.request().key());
            assertEquals(Set.of("labels"), update.add());
            assertEquals(Set.of("a", "b", "c"), Set.copyOf(stored(changed.getSheetId()).get("labels").ss()));
            flushNothing(em);
        }
    }

    @Test
    void flush_byteChangedInPlaceOnOneOfMany_writesOnlyThatEntity() {
        List<String> ids = persistMany();
        try (BaoEntityManager em = bao.createEntityManager()) {
            Sheet changed = loadAll(em, ids).get(5);
            changed.getPayload()[0] = 42;

            UpdateView update = flushOne(em);

            assertTrue(update.set().contains("payload"), update::toString);
            assertArrayEquals(new byte[] {42, 2, 3, 5}, stored(changed.getSheetId()).get("payload").b().asByteArray());
            flushNothing(em);
            changed.getPayload()[1] = 43;
            flushOne(em);
            assertArrayEquals(new byte[] {42, 43, 3, 5}, stored(changed.getSheetId()).get("payload").b().asByteArray());
        }
    }

    @Test
    void flush_mutableUserValueChangedInPlaceOnOneOfMany_writesOnlyThatEntity() {
        List<String> ids = persistMany();
        try (BaoEntityManager em = bao.createEntityManager()) {
            Sheet changed = loadAll(em, ids).get(33);
            changed.getSize().setWidth(99);

            UpdateView update = flushOne(em);

            assertTrue(update.set().contains("size"), update::toString);
            assertEquals("99x33", stored(changed.getSheetId()).get("size").s());
            flushNothing(em);
        }
    }

    @Test
    void flush_arrayKeptFromTheGetterAcrossFlushes_writesEachChange() {
        List<String> ids = persistMany();
        try (BaoEntityManager em = bao.createEntityManager()) {
            Sheet sheet = loadAll(em, ids).get(8);
            byte[] payload = sheet.getPayload();
            Size size = sheet.getSize();
            payload[0] = 100;
            flushOne(em);
            payload[1] = 101;
            size.setHeight(77);
            flushOne(em);
            flushNothing(em);
            Map<String, AttributeValue> item = stored(ids.get(8));
            assertArrayEquals(new byte[] {100, 101, 3, 8}, item.get("payload").b().asByteArray());
            assertEquals("10x77", item.get("size").s());
        }
    }

    @Test
    void flush_valuesTheApplicationAssignedOrPersisted_changedThroughItsOwnReferences_areWritten() {
        byte[] persistedBytes = {5, 5};
        Size persistedSize = new Size(1, 1);
        Sheet created = newSheet(0);
        created.setPayload(persistedBytes);
        created.setSize(persistedSize);
        List<String> ids = persistMany();
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(created);
            persistedBytes[0] = 6;
            persistedSize.setWidth(2);
            UpdateView afterPersist = flushOne(em);
            assertTrue(afterPersist.set().containsAll(Set.of("payload", "size")), afterPersist::toString);

            Sheet loaded = loadAll(em, ids).get(9);
            byte[] assigned = {7, 7, 7};
            Size assignedSize = new Size(3, 3);
            loaded.setPayload(assigned);
            loaded.setSize(assignedSize);
            flushOne(em);
            assigned[2] = 8;
            assignedSize.setHeight(4);
            flushOne(em);
            flushNothing(em);
            Map<String, AttributeValue> item = stored(ids.get(9));
            assertArrayEquals(new byte[] {7, 7, 8}, item.get("payload").b().asByteArray());
            assertEquals("3x4", item.get("size").s());
        }
        Map<String, AttributeValue> item = stored(created.getSheetId());
        assertArrayEquals(new byte[] {6, 5}, item.get("payload").b().asByteArray());
        assertEquals("2x1", item.get("size").s());
    }

    @Test
    void flush_persistedInThisUnitOfWork_inPlaceChangesAreWritten() {
        try (BaoEntityManager em = bao.createEntityManager()) {
            List<Sheet> sheets = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Sheet sheet = newSheet(i);
                em.persist(sheet);
                sheets.add(sheet);
            }
            flushNothing(em);
            Sheet changed = sheets.get(3);
            changed.getLabels().remove("a");
            changed.getPayload()[3] = 7;
            changed.getSize().setHeight(8);

            UpdateView update = flushOne(em);

            assertEquals(Set.of("labels"), update.delete());
            Map<String, AttributeValue> item = stored(changed.getSheetId());
            assertEquals(List.of("b"), item.get("labels").ss());
            assertArrayEquals(new byte[] {1, 2, 3, 7}, item.get("payload").b().asByteArray());
            assertEquals("10x8", item.get("size").s());
        }
    }

    @Test
    void flush_setKeptByTheApplicationAcrossFlushes_writesEachChange() {
        String id = persistMany().get(0);
        try (BaoEntityManager em = bao.createEntityManager()) {
            Set<String> labels = em.find(Sheet.class, id).orElseThrow().getLabels();
            labels.add("first");
            flushOne(em);
            labels.add("second");
            flushOne(em);
            labels.removeIf(label -> label.startsWith("f"));
            UpdateView update = flushOne(em);
            assertEquals(Set.of("labels"), update.delete());
        }
        assertEquals(Set.of("a", "b", "second"), Set.copyOf(stored(id).get("labels").ss()));
    }

    @Test
    void flush_setReplacedAfterTracking_writesTheNewSet_thenInPlaceChangesOfTheEntitysSet() {
        String id = persistMany().get(1);
        try (BaoEntityManager em = bao.createEntityManager()) {
            Sheet sheet = em.find(Sheet.class, id).orElseThrow();
            Set<String> tracked = sheet.getLabels();
            Set<String> replacement = new HashSet<>(Set.of("x", "y"));
            sheet.setLabels(replacement);
            flushOne(em);
            assertEquals(Set.of("x", "y"), Set.copyOf(stored(id).get("labels").ss()));

            tracked.add("old set, no longer the entity's");
            flushNothing(em);

            sheet.getLabels().add("z");
            flushOne(em);
            assertEquals(Set.of("x", "y", "z"), Set.copyOf(stored(id).get("labels").ss()));
            assertEquals(Set.of("x", "y", "z"), sheet.getLabels());
        }
    }

    @Test
    void persist_takesTheSetOver_theApplicationsOwnSetNoLongerReachesTheEntity() {
        Set<String> own = new LinkedHashSet<>(List.of("a"));
        Sheet sheet = newSheet(0);
        sheet.setLabels(own);
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(sheet);
            own.add("added to the application's own set");
            flushNothing(em);
            assertEquals(Set.of("a"), sheet.getLabels());

            sheet.getLabels().add("b");
            flushOne(em);
        }
        assertEquals(Set.of("a", "b"), Set.copyOf(stored(sheet.getSheetId()).get("labels").ss()));
    }

    @Test
    void flush_setClearedInPlace_removesTheAttribute_andIteratorRemovalIsSeen() {
        List<String> ids = persistMany();
        try (BaoEntityManager em = bao.createEntityManager()) {
            List<Sheet> sheets = loadAll(em, ids);
            sheets.get(2).getLabels().clear();
            UpdateView cleared = flushOne(em);
            assertEquals(Set.of("labels"), cleared.remove());
            assertFalse(stored(ids.get(2)).containsKey("labels"));

            Iterator<String> iterator = sheets.get(3).getLabels().iterator();
            iterator.next();
            iterator.remove();
            UpdateView removed = flushOne(em);
            assertEquals(Set.of("labels"), removed.delete());
            assertEquals(List.of("b"), stored(ids.get(3)).get("labels").ss());
        }
    }

    @Test
    void flush_afterAFailedWrite_triesTheStillChangedEntityAgain() {
        String id = persistMany().get(4);
        try (BaoEntityManager em = bao.createEntityManager()) {
            Sheet sheet = em.find(Sheet.class, id).orElseThrow();
            raw.updateItem(UpdateItemRequest.builder().tableName(table)
                    .key(Map.of("_pk", AttributeValue.fromS("sh#" + id), "_sk", AttributeValue.fromS("sh")))
                    .updateExpression("SET version = :v").expressionAttributeValues(Map.of(":v", AttributeValue.fromS("other")))
                    .build());
            sheet.getLabels().add("lost");

            assertThrows(OptimisticLockException.class, em::flush);
            requests.reset();
            assertThrows(OptimisticLockException.class, em::flush);
            assertTrue(requests.count(DynamoOperation.UPDATE_ITEM) >= 1, () -> "the change was dropped: " + requests);
        }
    }

    @Test
    void flush_ignoresDetachedAndClearedEntities_evenWhenTheyChangeAfterwards() {
        List<String> ids = persistMany();
        try (BaoEntityManager em = bao.createEntityManager()) {
            List<Sheet> sheets = loadAll(em, ids);
            em.detach(sheets.get(0));
            sheets.get(0).setTitle("detached");
            sheets.get(0).getLabels().add("detached");
            flushNothing(em);

            em.clear();
            sheets.get(1).setTitle("cleared");
            sheets.get(1).getPayload()[0] = 9;
            flushNothing(em);
        }
        assertEquals("sheet 0", stored(ids.get(0)).get("title").s());
    }

    @Test
    void trackedSet_behavesAsAnOrdinarySet() throws Exception {
        String id = persistMany().get(6);
        try (BaoEntityManager em = bao.createEntityManager()) {
            Set<String> labels = em.find(Sheet.class, id).orElseThrow().getLabels();

            assertEquals(Set.of("a", "b"), labels);
            assertEquals(labels, Set.of("a", "b"));
            assertEquals(new HashSet<>(List.of("a", "b")), labels);
            assertEquals(Set.of("a", "b").hashCode(), labels.hashCode());
            assertEquals("[a, b]", labels.toString());
            assertTrue(labels.contains("a") && !labels.contains("c"));
            assertEquals(List.of("a", "b"), labels.stream().sorted().toList());

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(labels);
            }
            Object copy;
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                copy = in.readObject();
            }
            assertInstanceOf(LinkedHashSet.class, copy, "serializes as a plain LinkedHashSet, without engine state");
            assertEquals(labels, copy);
            flushNothing(em);
        }
    }
}
