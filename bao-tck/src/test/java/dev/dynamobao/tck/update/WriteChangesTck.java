package dev.dynamobao.tck.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.EntityNotFoundException;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.tck.support.CapturingClient;
import dev.dynamobao.tck.support.RawItems;
import dev.dynamobao.tck.support.UpdateView;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * {@code flush()} and {@code save(entity)} send one minimal {@code UpdateItem} per dirty entity
 * ({@code LAYOUT.md} §10, §16): the requests are captured and the stored items read back raw.
 */
@BaoTest(entities = {Article.class, Tally.class})
class WriteChangesTck {

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
        bao = Bao.configure().client(capture).table(table).entities(Article.class, Tally.class).requestListener(requests).build();
    }

    @AfterEach
    void closeFactory() {
        bao.close();
    }

    private Article persistArticle(String title, String category, String... tags) {
        Article article = new Article();
        article.setTitle(title);
        article.setBody("body of " + title);
        article.setCategory(category);
        article.setTags(new LinkedHashSet<>(List.of(tags)));
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(article);
        }
        return article;
    }

    private Map<String, AttributeValue> key(String prefix, String id) {
        return Map.of("_pk", AttributeValue.fromS(prefix + "#" + id), "_sk", AttributeValue.fromS(prefix));
    }

    private Map<String, AttributeValue> stored(Article article) {
        return items.get("ar#" + article.getArticleId(), "ar");
    }

    private Map<String, AttributeValue> stored(Tally tally) {
        return items.get("ty#" + tally.getTallyId(), "ty");
    }

    /** Flushes and returns the single UpdateItem it sent (and asserts it sent nothing else). */
    private UpdateView flushOne(BaoEntityManager em) {
        capture.clear();
        requests.reset();
        em.flush();
        assertEquals(1, requests.total(), () -> "expected exactly one request, got " + requests);
        List<UpdateView> updates = capture.updates();
        assertEquals(1, updates.size(), () -> "expected one UpdateItem, got " + capture.requests());
        return updates.get(0);
    }

    @Test
    void flush_changedField_setsOnlyThatAttributePlusModifiedAtAndAFreshVersion() {
        Article article = persistArticle("First", "tech", "a", "b");
        try (BaoEntityManager em = bao.createEntityManager()) {
            Article loaded = em.find(Article.class, article.getArticleId()).orElseThrow();
            String loadedVersion = loaded.getVersion();
            Instant loadedModifiedAt = loaded.getModifiedAt();
            loaded.setBody("a better body");

            UpdateView update = flushOne(em);

            assertEquals(Set.of("body", "modifiedAt", "version"), update.set(), update::toString);
            assertTrue(update.remove().isEmpty() && update.add().isEmpty() && update.delete().isEmpty(), update::toString);
            assertTrue(update.condition().matches("version = :[a-z]+"), update::condition);
            assertEquals(loadedVersion, update.valueOf(update.condition().substring("version = ".length())).s());
            assertEquals("a better body", update.value("body").s());
            assertEquals(Map.of("_pk", AttributeValue.fromS("ar#" + article.getArticleId()), "_sk", AttributeValue.fromS("ar")),
                    update.request().key());

            Map<String, AttributeValue> item = stored(article);
            assertEquals("a better body", item.get("body").s());
            assertEquals("First", item.get("title").s());
            assertEquals(loaded.getVersion(), item.get("version").s());
            assertNotEquals(loadedVersion, loaded.getVersion());
            assertTrue(loaded.getVersion().matches("[0-7][0-9A-HJKMNP-TV-Z]{25}"), loaded.getVersion());
            assertEquals(Long.toString(loaded.getModifiedAt().toEpochMilli()), item.get("modifiedAt").n());
            assertFalse(loaded.getModifiedAt().isBefore(loadedModifiedAt));
        }
    }

    @Test
    void save_writesOnlyThatEntity_andFlushThenWritesTheOther() {
        Article first = persistArticle("One", "tech");
        Article second = persistArticle("Two", "tech");
        try (BaoEntityManager em = bao.createEntityManager()) {
            Article a = em.find(Article.class, first.getArticleId()).orElseThrow();
            Article b = em.find(Article.class, second.getArticleId()).orElseThrow();
            a.setBody("changed a");
            b.setBody("changed b");
            capture.clear();
            requests.reset();

            em.save(a);

            assertEquals(1, requests.total());
            assertEquals(key("ar", a.getArticleId()), capture.updates().get(0).request().key());
            assertEquals("changed a", stored(first).get("body").s());
            assertEquals("body of Two", stored(second).get("body").s());

            UpdateView update = flushOne(em);
            assertEquals(key("ar", b.getArticleId()), update.request().key());
            assertEquals("changed b", stored(second).get("body").s());
        }
    }

    @Test
    void flush_writesEveryDirtyEntity_oneUpdateItemEach() {
        Article first = persistArticle("One", "tech");
        Article second = persistArticle("Two", "tech");
        Article third = persistArticle("Three", "tech");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.find(Article.class, first.getArticleId()).orElseThrow().setBody("x");
            em.find(Article.class, second.getArticleId()).orElseThrow().setBody("y");
            em.find(Article.class, third.getArticleId()).orElseThrow();
            requests.reset();

            em.flush();

            assertEquals(2, requests.count(DynamoOperation.UPDATE_ITEM));
            assertEquals(2, requests.total());
        }
        assertEquals("x", stored(first).get("body").s());
        assertEquals("y", stored(second).get("body").s());
    }

    @Test
    void fieldSetToNull_isRemoved() {
        Article article = persistArticle("Nullable", "tech");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.find(Article.class, article.getArticleId()).orElseThrow().setBody(null);

            UpdateView update = flushOne(em);

            assertEquals(Set.of("body"), update.remove());
            assertEquals(Set.of("modifiedAt", "version"), update.set());
        }
        assertFalse(stored(article).containsKey("body"));
    }

    @Test
    void stringSet_inPlaceAdd_sendsAddOfTheNewElement_andKeepsAConcurrentlyAddedOne() {
        Article article = persistArticle("Tagged", "tech", "a", "b");
        try (BaoEntityManager em = bao.createEntityManager()) {
            Article loaded = em.find(Article.class, article.getArticleId()).orElseThrow();
            raw.updateItem(UpdateItemRequest.builder().tableName(table).key(key("ar", article.getArticleId()))
                    .updateExpression("ADD tags :c").expressionAttributeValues(Map.of(":c", AttributeValue.fromSs(List.of("c"))))
                    .build());
            loaded.getTags().add("x");

            UpdateView update = flushOne(em);

            assertEquals(Set.of("tags"), update.add());
            assertEquals(List.of("x"), update.value("tags").ss());
            assertEquals(Set.of("modifiedAt", "version"), update.set());
        }
        assertEquals(Set.of("a", "b", "c", "x"), Set.copyOf(stored(article).get("tags").ss()));
    }

    @Test
    void stringSet_inPlaceRemove_sendsDeleteOfThatElement_andKeepsAConcurrentlyAddedOne() {
        Article article = persistArticle("Tagged", "tech", "a", "b");
        try (BaoEntityManager em = bao.createEntityManager()) {
            Article loaded = em.find(Article.class, article.getArticleId()).orElseThrow();
            raw.updateItem(UpdateItemRequest.builder().tableName(table).key(key("ar", article.getArticleId()))
                    .updateExpression("ADD tags :c").expressionAttributeValues(Map.of(":c", AttributeValue.fromSs(List.of("c"))))
                    .build());
            loaded.getTags().remove("a");

            UpdateView update = flushOne(em);

            assertEquals(Set.of("tags"), update.delete());
            assertEquals(List.of("a"), update.value("tags").ss());
        }
        assertEquals(Set.of("b", "c"), Set.copyOf(stored(article).get("tags").ss()));
    }

    @Test
    void stringSet_addAndRemove_setsTheWholeSet_andEmptied_removesIt() {
        Article article = persistArticle("Tagged", "tech", "a", "b");
        try (BaoEntityManager em = bao.createEntityManager()) {
            Article loaded = em.find(Article.class, article.getArticleId()).orElseThrow();
            loaded.getTags().remove("a");
            loaded.getTags().add("z");

            UpdateView both = flushOne(em);
            assertTrue(both.set().contains("tags"), both::toString);
            assertEquals(Set.of("b", "z"), Set.copyOf(stored(article).get("tags").ss()));

            loaded.getTags().clear();
            UpdateView emptied = flushOne(em);
            assertEquals(Set.of("tags"), emptied.remove());
        }
        assertFalse(stored(article).containsKey("tags"));
    }

    @Test
    void stringSet_replacedThroughSetter_isDiffedTheSameWay() {
        Article article = persistArticle("Tagged", "tech", "a", "b");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.find(Article.class, article.getArticleId()).orElseThrow().setTags(new LinkedHashSet<>(List.of("a", "b", "n")));

            UpdateView update = flushOne(em);

            assertEquals(Set.of("tags"), update.add());
            assertEquals(List.of("n"), update.value("tags").ss());
        }
    }

    @Test
    void counterIncrement_sendsAddOfTheDelta() {
        Article article = persistArticle("Liked", "tech");
        try (BaoEntityManager em = bao.createEntityManager()) {
            Article loaded = em.find(Article.class, article.getArticleId()).orElseThrow();
            loaded.like();
            loaded.like();

            UpdateView update = flushOne(em);

            assertEquals(Set.of("likes"), update.add());
            assertEquals("2", update.value("likes").n());
            assertFalse(update.set().contains("likes"));
        }
        assertEquals("2", stored(article).get("likes").n());
    }

    @Test
    void counter_twoEntityManagersIncrementConcurrently_noIncrementIsLost() {
        Tally tally = new Tally();
        tally.setName("visits");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(tally);
        }
        try (BaoEntityManager first = bao.createEntityManager(); BaoEntityManager second = bao.createEntityManager()) {
            Tally a = first.find(Tally.class, tally.getTallyId()).orElseThrow();
            Tally b = second.find(Tally.class, tally.getTallyId()).orElseThrow();
            a.hit();
            b.hit();
            b.hit();
            first.flush();
            second.flush();
        }
        assertEquals("3", stored(tally).get("hits").n());
    }

    @Test
    void counter_eightThreadsTimesHundredIncrements_throughSeparateEntityManagers_isExactly800() throws Exception {
        Tally tally = new Tally();
        tally.setName("parallel");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(tally);
        }
        List<Thread> threads = new java.util.ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; i < 100; i++) {
                        try (BaoEntityManager em = bao.createEntityManager()) {
                            em.find(Tally.class, tally.getTallyId()).orElseThrow().hit();
                            em.flush();
                        }
                    }
                } catch (Throwable failure) {
                    failures.add(failure);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), failures);
        assertEquals("800", stored(tally).get("hits").n());
    }

    @Test
    void unversionedUpdate_isConditionedOnTheItemExisting() {
        Tally tally = new Tally();
        tally.setName("conditioned");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(tally);
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.find(Tally.class, tally.getTallyId()).orElseThrow().setName("renamed");

            UpdateView update = flushOne(em);

            assertEquals("attribute_exists(_pk)", update.condition());
            assertEquals(Set.of("name"), update.set());
        }
    }

    @Test
    void indexSourceChanged_rewritesTheGsiAttributes() {
        Article article = persistArticle("Indexed", "tech");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.find(Article.class, article.getArticleId()).orElseThrow().setCategory("news");

            UpdateView update = flushOne(em);

            assertEquals(Set.of("category", "modifiedAt", "version", "_gsi1_pk", "_gsi1_sk"), update.set());
            assertEquals("ar#gsi1#news", update.value("_gsi1_pk").s());
            assertEquals("Indexed", update.value("_gsi1_sk").s());
        }
        Map<String, AttributeValue> item = stored(article);
        assertEquals("ar#gsi1#news", item.get("_gsi1_pk").s());
        assertEquals("Indexed", item.get("_gsi1_sk").s());
    }

    @Test
    void indexSortSourceChanged_rewritesBothGsiAttributes_fromTheOtherCurrentValue() {
        Article article = persistArticle("Old title", "tech");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.find(Article.class, article.getArticleId()).orElseThrow().setTitle("New title");

            UpdateView update = flushOne(em);

            assertEquals("ar#gsi1#tech", update.value("_gsi1_pk").s());
            assertEquals("New title", update.value("_gsi1_sk").s());
        }
        assertEquals("New title", stored(article).get("_gsi1_sk").s());
    }

    @Test
    void indexSourceSetToNull_removesTheGsiAttributes() {
        Article article = persistArticle("Sparse", "tech");
        assertEquals("ar#gsi1#tech", stored(article).get("_gsi1_pk").s());
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.find(Article.class, article.getArticleId()).orElseThrow().setCategory(null);

            UpdateView update = flushOne(em);

            assertEquals(Set.of("category", "_gsi1_pk", "_gsi1_sk"), update.remove());
        }
        Map<String, AttributeValue> item = stored(article);
        assertFalse(item.containsKey("_gsi1_pk"));
        assertFalse(item.containsKey("_gsi1_sk"));
        assertFalse(item.containsKey("category"));
    }

    @Test
    void unrelatedChange_leavesTheGsiAttributesOutOfTheRequest() {
        Article article = persistArticle("Quiet", "tech");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.find(Article.class, article.getArticleId()).orElseThrow().setBody("new");

            UpdateView update = flushOne(em);

            assertFalse(update.attributesByClause().values().stream().anyMatch(names -> names.contains("_gsi1_pk")));
        }
    }

    @Test
    void updateOfAnItemDeletedMeanwhile_throwsNotFound_andDoesNotRecreateIt() {
        Article article = persistArticle("Doomed", "tech");
        Tally tally = new Tally();
        tally.setName("doomed");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(tally);
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            Article loaded = em.find(Article.class, article.getArticleId()).orElseThrow();
            Tally loadedTally = em.find(Tally.class, tally.getTallyId()).orElseThrow();
            raw.deleteItem(DeleteItemRequest.builder().tableName(table).key(key("ar", article.getArticleId())).build());
            raw.deleteItem(DeleteItemRequest.builder().tableName(table).key(key("ty", tally.getTallyId())).build());
            loaded.setBody("too late");
            loadedTally.hit();

            EntityNotFoundException versioned = assertThrows(EntityNotFoundException.class, () -> em.save(loaded));
            assertTrue(versioned.getMessage().contains("Article") && versioned.getMessage().contains(article.getArticleId()),
                    versioned.getMessage());
            EntityNotFoundException unversioned = assertThrows(EntityNotFoundException.class, () -> em.save(loadedTally));
            assertTrue(unversioned.getMessage().contains("Tally"), unversioned.getMessage());
        }
        assertNull(stored(article));
        assertNull(stored(tally));
    }

    @Test
    void unchangedEntity_sendsNoRequest_evenAfterWritingTheSameValue() {
        Article article = persistArticle("Still", "tech", "a");
        Tally tally = new Tally();
        tally.setName("still");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(tally);
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            Article loaded = em.find(Article.class, article.getArticleId()).orElseThrow();
            Tally loadedTally = em.find(Tally.class, tally.getTallyId()).orElseThrow();
            requests.reset();

            em.flush();
            em.save(loaded);
            loaded.setTitle("Still");
            loadedTally.setHits(loadedTally.getHits());
            em.flush();

            assertEquals(0, requests.total(), requests::toString);
        }
    }

    @Test
    void attributesWrittenBySomeoneElse_surviveAnUpdate() {
        Article article = persistArticle("Shared", "tech");
        raw.updateItem(UpdateItemRequest.builder().tableName(table).key(key("ar", article.getArticleId()))
                .updateExpression("SET legacyNote = :n, legacyCount = :c")
                .expressionAttributeValues(Map.of(":n", AttributeValue.fromS("from JS"), ":c", AttributeValue.fromN("7")))
                .build());
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.find(Article.class, article.getArticleId()).orElseThrow().setBody("changed");
            em.flush();
        }
        Map<String, AttributeValue> item = stored(article);
        assertEquals("changed", item.get("body").s());
        assertEquals("from JS", item.get("legacyNote").s());
        assertEquals("7", item.get("legacyCount").n());
    }

    @Test
    void secondFlush_afterASuccessfulOne_sendsNothing_andTheNextChangeIsDiffedAgainstTheWrittenValues() {
        Article article = persistArticle("Twice", "tech", "a");
        try (BaoEntityManager em = bao.createEntityManager()) {
            Article loaded = em.find(Article.class, article.getArticleId()).orElseThrow();
            loaded.setBody("one");
            loaded.getTags().add("b");
            loaded.like();
            flushOne(em);
            requests.reset();
            em.flush();
            assertEquals(0, requests.total());

            loaded.like();
            loaded.getTags().add("c");
            UpdateView update = flushOne(em);
            assertEquals("1", update.value("likes").n());
            assertEquals(List.of("c"), update.value("tags").ss());
        }
        Map<String, AttributeValue> item = stored(article);
        assertEquals("2", item.get("likes").n());
        assertEquals(Set.of("a", "b", "c"), Set.copyOf(item.get("tags").ss()));
    }
}
