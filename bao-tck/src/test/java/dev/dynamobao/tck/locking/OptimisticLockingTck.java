package dev.dynamobao.tck.locking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.OptimisticLockException;
import dev.dynamobao.tck.support.RawItems;
import dev.dynamobao.tck.update.Article;
import dev.dynamobao.tck.update.Tally;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Two entity managers load the same item; the first writes; the second's write of a versioned
 * entity throws {@link OptimisticLockException} naming model and key and writes nothing; a reload
 * and retry succeeds. Unversioned entities merge field-level changes instead.
 */
@BaoTest(entities = {Article.class, Tally.class})
class OptimisticLockingTck {

    private static Article persistArticle(BaoEntityManagerFactory bao) {
        Article article = new Article();
        article.setTitle("Original title");
        article.setBody("original body");
        article.setCategory("tech");
        article.setTags(new LinkedHashSet<>(List.of("a")));
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(article);
        }
        return article;
    }

    private static Map<String, AttributeValue> stored(DynamoDbClient client, String table, String prefix, String id) {
        return new RawItems(client, table).get(prefix + "#" + id, prefix);
    }

    private void staleWrite_throws_writesNothing_andSucceedsAfterReload(BaoEntityManagerFactory bao, DynamoDbClient client,
                                                                        String table, BiConsumer<BaoEntityManager, Article> write) {
        Article article = persistArticle(bao);
        String id = article.getArticleId();
        try (BaoEntityManager first = bao.createEntityManager(); BaoEntityManager second = bao.createEntityManager()) {
            Article mine = first.find(Article.class, id).orElseThrow();
            Article theirs = second.find(Article.class, id).orElseThrow();
            mine.setTitle("Title by the first");
            first.flush();
            String winningVersion = mine.getVersion();

            theirs.setBody("body by the second");
            theirs.getTags().add("b");
            theirs.like();
            OptimisticLockException conflict = assertThrows(OptimisticLockException.class, () -> write.accept(second, theirs));

            assertEquals("Article", conflict.model());
            assertEquals(id, conflict.primaryId());
            assertTrue(conflict.getMessage().contains("Article") && conflict.getMessage().contains(id), conflict.getMessage());
            Map<String, AttributeValue> afterConflict = stored(client, table, "ar", id);
            assertEquals("Title by the first", afterConflict.get("title").s());
            assertEquals("original body", afterConflict.get("body").s());
            assertEquals(List.of("a"), afterConflict.get("tags").ss());
            assertEquals("0", afterConflict.get("likes").n());
            assertEquals(winningVersion, afterConflict.get("version").s());

            second.clear();
            Article reloaded = second.find(Article.class, id).orElseThrow();
            assertEquals("Title by the first", reloaded.getTitle());
            reloaded.setBody("body by the second");
            reloaded.getTags().add("b");
            reloaded.like();
            write.accept(second, reloaded);
        }
        Map<String, AttributeValue> item = stored(client, table, "ar", id);
        assertEquals("Title by the first", item.get("title").s());
        assertEquals("body by the second", item.get("body").s());
        assertEquals(Set.of("a", "b"), Set.copyOf(item.get("tags").ss()));
        assertEquals("1", item.get("likes").n());
    }

    @Test
    void staleFlush_throwsOptimisticLock_namingEntityAndKey_writesNothing_andRetryAfterReloadSucceeds(
            BaoEntityManagerFactory bao, DynamoDbClient client, @TableName String table) {
        staleWrite_throws_writesNothing_andSucceedsAfterReload(bao, client, table, (em, article) -> em.flush());
    }

    @Test
    void staleSave_throwsOptimisticLock_namingEntityAndKey_writesNothing_andRetryAfterReloadSucceeds(
            BaoEntityManagerFactory bao, DynamoDbClient client, @TableName String table) {
        staleWrite_throws_writesNothing_andSucceedsAfterReload(bao, client, table, BaoEntityManager::save);
    }

    @Test
    void staleRemove_throwsOptimisticLock_keepsTheItem_andRemoveAfterReloadSucceeds(
            BaoEntityManagerFactory bao, DynamoDbClient client, @TableName String table) {
        Article article = persistArticle(bao);
        String id = article.getArticleId();
        try (BaoEntityManager first = bao.createEntityManager(); BaoEntityManager second = bao.createEntityManager()) {
            Article mine = first.find(Article.class, id).orElseThrow();
            Article theirs = second.find(Article.class, id).orElseThrow();
            mine.setTitle("Changed before the remove");
            first.flush();

            OptimisticLockException conflict = assertThrows(OptimisticLockException.class, () -> second.remove(theirs));

            assertEquals("Article", conflict.model());
            assertEquals(id, conflict.primaryId());
            assertEquals("Changed before the remove", stored(client, table, "ar", id).get("title").s());

            second.clear();
            second.remove(second.find(Article.class, id).orElseThrow());
        }
        assertEquals(null, stored(client, table, "ar", id));
    }

    @Test
    void unversionedEntity_twoManagersChangingDifferentFields_bothChangesSurvive(
            BaoEntityManagerFactory bao, DynamoDbClient client, @TableName String table) {
        Tally tally = new Tally();
        tally.setName("before");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(tally);
        }
        try (BaoEntityManager first = bao.createEntityManager(); BaoEntityManager second = bao.createEntityManager()) {
            first.find(Tally.class, tally.getTallyId()).orElseThrow().setName("after");
            second.find(Tally.class, tally.getTallyId()).orElseThrow().hit();
            first.flush();
            second.flush();
        }
        Map<String, AttributeValue> item = stored(client, table, "ty", tally.getTallyId());
        assertEquals("after", item.get("name").s());
        assertEquals("1", item.get("hits").n());
        assertFalse(item.containsKey("version"));
    }
}
