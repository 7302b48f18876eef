package dev.dynamobao.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.MultiTenancy;
import dev.dynamobao.samples.iteration.IterationSample;
import dev.dynamobao.samples.locking.OptimisticLockingSample;
import dev.dynamobao.samples.quickstart.Post;
import dev.dynamobao.samples.quickstart.User;
import dev.dynamobao.samples.relations.PostTag;
import dev.dynamobao.samples.relations.RelationsSample;
import dev.dynamobao.samples.relations.Tag;
import dev.dynamobao.samples.tenancy.Customer;
import dev.dynamobao.samples.tenancy.TenancySample;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@BaoTest(entities = {User.class, Post.class, Tag.class, PostTag.class}, tablePerTest = true)
class FeatureSamplesTest {

    @Test
    void relationsSample_listsPostsAuthorAndTags(BaoEntityManagerFactory bao) {
        List<String> lines = QuickStartTest.SampleOutput.of(out -> RelationsSample.run(bao, out));
        assertEquals(List.of("Posts of Ada: 1", "Author (loaded lazily): Ada", "Tags: [dynamodb, java, single-table]"), lines);
    }

    @Test
    void iterationSample_visitsEveryUserOnce(BaoEntityManagerFactory bao) {
        List<String> lines = QuickStartTest.SampleOutput.of(out -> IterationSample.run(bao, out));
        assertEquals(List.of("Migrated 25 users in 3 batches"), lines);
    }

    @Test
    void optimisticLockingSample_reportsTheConflictAndRetries(BaoEntityManagerFactory bao) {
        List<String> lines = QuickStartTest.SampleOutput.of(out -> OptimisticLockingSample.run(bao, out));
        assertEquals(2, lines.size(), () -> "output: " + lines);
        assertTrue(lines.get(0).startsWith("Conflict: Optimistic lock failed for Post"), lines.get(0));
        assertEquals("Retried: title 'Alice's title', content 'edited by Bob after reloading'", lines.get(1));
    }

    @Test
    void tenancySample_showsEachTenantItsOwnCustomer(DynamoDbClient client, @TableName String table) {
        try (BaoEntityManagerFactory bao = Bao.configure().client(client).table(table).entities(Customer.class)
                .multiTenancy(MultiTenancy.enabled().build()).build()) {
            List<String> lines = QuickStartTest.SampleOutput.of(out -> TenancySample.run(bao, out));
            assertEquals(List.of("Tenant acme sees customer c-1 with owner@acme.example",
                    "Tenant globex sees customer c-1 with owner@globex.example"), lines);
        }
    }
}
