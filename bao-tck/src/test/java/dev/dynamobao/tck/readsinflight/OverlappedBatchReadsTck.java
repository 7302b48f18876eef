package dev.dynamobao.tck.readsinflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.BatchFindResult;
import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.Ref;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.test.BackendEndpoint;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The {@code BatchGetItem} requests of one batch — {@code findAll}, reference resolution,
 * {@code em.load}, coalesced {@code findAsync} — are in flight together, up to
 * {@code maxConcurrency}, with the same request count and the same consumed capacity as one after
 * another. Every request is held 50 ms on its way to the server, so overlap is visible.
 */
@BaoTest(entities = {Member.class, Article.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverlappedBatchReadsTck {

    private static final int MEMBERS = 300;
    private static final int AUTHORS = 120;
    private static final int ARTICLES = 250;

    private final List<String> memberIds = new ArrayList<>();
    private final List<String> articleIds = new ArrayList<>();
    private URI endpoint;
    private String table;

    @BeforeAll
    void storeMembersAndArticles(BaoEntityManagerFactory bao, @BackendEndpoint URI backend, @TableName String tableName) {
        endpoint = backend;
        table = tableName;
        try (BaoEntityManager em = bao.createEntityManager()) {
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < MEMBERS; i++) {
                members.add(new Member("member " + i));
            }
            em.upsertAll(members);
            members.forEach(member -> memberIds.add(member.getMemberId()));
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                articles.add(new Article(Ref.to(Member.class, memberIds.get(i % AUTHORS)), "article " + i));
            }
            em.upsertAll(articles);
            articles.forEach(article -> articleIds.add(article.getArticleId()));
        }
    }

    private InFlightFactory factory(int maxConcurrency) {
        return new InFlightFactory(endpoint, table, maxConcurrency, Member.class, Article.class);
    }

    @Test
    void findAll_ofThreeHundred_sendsThreeBatchGets_inFlightTogether() {
        try (InFlightFactory f = factory(16); BaoEntityManager em = f.bao.createEntityManager()) {
            BatchFindResult<Member> result = em.findAll(Member.class, memberIds);

            assertEquals(memberIds, result.items().stream().map(Member::getMemberId).toList(), "input order");
            assertEquals(3, f.http.requests("BatchGetItem").size(), "the fewest requests: 100 keys each");
            assertEquals(3, f.requests.total(), f.requests::toString);
            assertEquals(3, f.http.mostInFlight(), "all three in flight at once");
        }
    }

    @Test
    void resolvingTheAuthorsOf250Articles_sendsTwoBatchGets_inFlightTogether() {
        try (InFlightFactory f = factory(16); BaoEntityManager em = f.bao.createEntityManager()) {
            List<Article> articles = em.findAll(Article.class, articleIds).items();
            f.reset();

            for (int i = 0; i < articles.size(); i++) {
                assertEquals(memberIds.get(i % AUTHORS), articles.get(i).getAuthor().get().getMemberId());
            }

            assertEquals(2, f.requests.count(DynamoOperation.BATCH_GET_ITEM), f.requests::toString);
            assertEquals(2, f.requests.total(), "120 authors: 100 + 20 keys, nothing else");
            assertEquals(2, f.http.mostInFlight());
        }
    }

    @Test
    void explicitPrefetch_sendsItsBatchGets_inFlightTogether() {
        try (InFlightFactory f = factory(16); BaoEntityManager em = f.bao.createEntityManager()) {
            List<Article> articles = em.findAll(Article.class, articleIds).items();
            f.reset();

            em.load(articles, Article::getAuthor);

            assertTrue(articles.stream().allMatch(article -> article.getAuthor().isLoaded()));
            assertEquals(2, f.requests.total(), f.requests::toString);
            assertEquals(2, f.http.mostInFlight());
        }
    }

    @Test
    void coalescedFindAsync_sendsItsBatchGets_inFlightTogether() {
        try (InFlightFactory f = factory(16); BaoEntityManager em = f.bao.createEntityManager()) {
            List<CompletableFuture<Optional<Member>>> futures = memberIds.subList(0, 250).stream()
                    .map(id -> em.findAsync(Member.class, id)).toList();
            List<String> found = futures.stream().map(CompletableFuture::join).map(Optional::orElseThrow).map(Member::getMemberId).toList();

            assertEquals(memberIds.subList(0, 250), found);
            assertEquals(3, f.requests.count(DynamoOperation.BATCH_GET_ITEM), f.requests::toString);
            assertEquals(3, f.http.mostInFlight());
        }
    }

    @Test
    void withMaxConcurrencyOne_theBatchGetsGoOneAfterAnother_onTheCallersThread() {
        try (InFlightFactory f = factory(1); BaoEntityManager em = f.bao.createEntityManager()) {
            assertEquals(MEMBERS, em.findAll(Member.class, memberIds).items().size());

            assertEquals(3, f.http.requests("BatchGetItem").size());
            assertEquals(1, f.http.mostInFlight());
            assertEquals(List.of(Thread.currentThread().getName()),
                    f.http.requests().stream().map(request -> request.thread()).distinct().toList());
        }
    }

    @Test
    void requestsInFlightTogether_stayWithinMaxConcurrency() {
        try (InFlightFactory f = factory(2); BaoEntityManager em = f.bao.createEntityManager()) {
            assertEquals(MEMBERS, em.findAll(Member.class, memberIds).items().size());

            assertEquals(3, f.http.requests("BatchGetItem").size());
            assertEquals(2, f.http.mostInFlight());
            assertTrue(new HashSet<>(f.http.requests().stream().map(request -> request.thread()).toList()).size() <= 2);
        }
    }

    @Test
    void consumedCapacity_isTheSame_inFlightTogetherOrOneAfterAnother() {
        ConsumedCapacity together;
        ConsumedCapacity sequential;
        try (InFlightFactory f = factory(16); BaoEntityManager em = f.bao.createEntityManager()) {
            List<Member> members = em.findAll(Member.class, memberIds).items();
            together = em.consumedCapacity();
            assertEquals(f.requests.capacity(), together, "the unit of work records every request the listeners saw");
            ConsumedCapacity shared = members.stream().map(em::consumedCapacity).reduce(ConsumedCapacity.ZERO, ConsumedCapacity::plus);
            assertEquals(together.readUnits(), shared.readUnits(), 1e-9, "shared among the entities read");
        }
        try (InFlightFactory f = factory(1); BaoEntityManager em = f.bao.createEntityManager()) {
            em.findAll(Member.class, memberIds);
            sequential = em.consumedCapacity();
        }
        assertTrue(together.readUnits() > 0, "the backend reports read capacity: " + together);
        assertEquals(sequential, together);
    }
}
