package dev.dynamobao.tck.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.BatchFindResult;
import dev.dynamobao.EntityNotFoundException;
import dev.dynamobao.Ref;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.metrics.RequestEvent;
import dev.dynamobao.tck.model.AppEntity;
import dev.dynamobao.tck.model.Tag;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code em.findAll} against the test backend: BatchGetItem in chunks of 100, results in input order,
 * duplicates once, missing ids reported, entities already in the identity map not read again.
 */
@BaoTest(entities = {Tag.class, AppEntity.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchFindTck {

    private static final String ABSENT = "01ARZ3NDEKTSV4RRFFQ69G5FAV";

    private final List<String> tagIds = new ArrayList<>();
    private final List<RequestEvent> events = new CopyOnWriteArrayList<>();
    private BaoEntityManagerFactory recorded;

    @BeforeAll
    void storeTags(BaoEntityManagerFactory bao, DynamoDbClient client, @TableName String table) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            for (int i = 0; i < 250; i++) {
                Tag tag = new Tag();
                tag.setName("tag-" + i);
                em.persist(tag);
                tagIds.add(tag.getTagId());
            }
            for (int i = 0; i < 3; i++) {
                AppEntity entity = new AppEntity();
                entity.setAppId("batch-app");
                entity.setEntityId("e" + i);
                entity.setData("data " + i);
                em.persist(entity);
            }
        }
        recorded = Bao.configure().client(client).table(table).entities(Tag.class, AppEntity.class)
                .requestListener(events::add).build();
    }

    @AfterAll
    void closeRecordedFactory() {
        recorded.close();
    }

    private List<Integer> batchSizes() {
        return events.stream().filter(event -> event.operation() == DynamoOperation.BATCH_GET_ITEM).map(RequestEvent::itemCount).toList();
    }

    @Test
    void findAll_of250Ids_sendsThreeBatchGets_andKeepsTheInputOrder(BaoEntityManager em, RequestCounter requests) {
        List<String> shuffled = new ArrayList<>(tagIds);
        Collections.shuffle(shuffled, new Random(42));
        BatchFindResult<Tag> result = em.findAll(Tag.class, shuffled);
        assertEquals(3, requests.count(DynamoOperation.BATCH_GET_ITEM));
        assertEquals(3, requests.total());
        assertEquals(shuffled, result.items().stream().map(Tag::getTagId).toList());
        assertEquals(shuffled, List.copyOf(result.byId().keySet()));
        assertTrue(result.missingIds().isEmpty());
    }

    @Test
    void findAll_sendsChunksOfAtMostAHundredKeys() {
        events.clear();
        try (BaoEntityManager em = recorded.createEntityManager()) {
            em.findAll(Tag.class, tagIds);
        }
        assertEquals(List.of(50, 100, 100), batchSizes().stream().sorted().toList(),
                "three requests of at most 100 keys (in flight together, so they end in any order)");
    }

    @Test
    void findAll_readsDuplicatesOnce_andReturnsThemOnce() {
        List<String> ids = List.of(tagIds.get(0), tagIds.get(1), tagIds.get(0), tagIds.get(2), tagIds.get(1));
        events.clear();
        try (BaoEntityManager em = recorded.createEntityManager()) {
            BatchFindResult<Tag> result = em.findAll(Tag.class, ids);
            assertEquals(List.of(tagIds.get(0), tagIds.get(1), tagIds.get(2)), result.items().stream().map(Tag::getTagId).toList());
        }
        assertEquals(List.of(3), batchSizes());
    }

    @Test
    void findAll_reportsMissingIds_inInputOrder_once(BaoEntityManager em) {
        String otherAbsent = "01BX5ZZKBKACTAV9WEVGEMMVRZ";
        BatchFindResult<Tag> result = em.findAll(Tag.class, List.of(otherAbsent, tagIds.get(5), ABSENT, otherAbsent));
        assertEquals(List.of(otherAbsent, ABSENT), result.missingIds());
        assertEquals(List.of("tag-5"), result.items().stream().map(Tag::getName).toList());
        assertTrue(result.find(ABSENT).isEmpty());
        assertEquals("tag-5", result.find(tagIds.get(5)).orElseThrow().getName());
    }

    @Test
    void findAllResult_get_whenTheIdWasMissing_throwsNotFoundPointingToFind(BaoEntityManager em) {
        BatchFindResult<Tag> result = em.findAll(Tag.class, List.of(tagIds.get(5), ABSENT));

        assertEquals("tag-5", result.get(tagIds.get(5)).getName());
        EntityNotFoundException missing = assertThrows(EntityNotFoundException.class, () -> result.get(ABSENT));
        assertTrue(missing.getMessage().contains(ABSENT) && missing.getMessage().contains("find(id)"), missing.getMessage());
    }

    @Test
    void findAll_doesNotReReadEntitiesAlreadyInTheIdentityMap() {
        events.clear();
        try (BaoEntityManager em = recorded.createEntityManager()) {
            Tag known = em.find(Tag.class, tagIds.get(10)).orElseThrow();
            BatchFindResult<Tag> result = em.findAll(Tag.class, List.of(tagIds.get(9), tagIds.get(10), tagIds.get(11)));
            assertSame(known, result.items().get(1), "the managed instance is returned");
            assertSame(result.items().get(0), em.find(Tag.class, tagIds.get(9)).orElseThrow(), "batch results are managed");
        }
        assertEquals(List.of(2), batchSizes());
        assertEquals(1, events.stream().filter(event -> event.operation() == DynamoOperation.GET_ITEM).count());
    }

    @Test
    void findAll_whenEverythingIsManaged_sendsNothing(BaoEntityManager em, RequestCounter requests) {
        em.findAll(Tag.class, tagIds.subList(0, 5));
        requests.reset();
        assertEquals(5, em.findAll(Tag.class, tagIds.subList(0, 5)).items().size());
        assertEquals(0, requests.total());
    }

    @Test
    void findAll_ofNoIds_sendsNothing(BaoEntityManager em, RequestCounter requests) {
        BatchFindResult<Tag> result = em.findAll(Tag.class, List.of());
        assertTrue(result.items().isEmpty() && result.missingIds().isEmpty());
        assertEquals(0, requests.total());
    }

    @Test
    void findAll_acceptsRefsAndCompositeIds(BaoEntityManager em) {
        BatchFindResult<Tag> tags = em.findAll(Tag.class, List.of(Ref.to(Tag.class, tagIds.get(3)), tagIds.get(4)));
        assertEquals(List.of("tag-3", "tag-4"), tags.items().stream().map(Tag::getName).toList());
        List<String> ids = IntStream.of(2, 0, 1).mapToObj(i -> em.primaryId(AppEntity.class, "batch-app", "e" + i)).toList();
        BatchFindResult<AppEntity> entities = em.findAll(AppEntity.class, ids);
        assertEquals(List.of("data 2", "data 0", "data 1"), entities.items().stream().map(AppEntity::getData).toList());
        assertEquals(ids, List.copyOf(entities.byId().keySet()));
    }
}
