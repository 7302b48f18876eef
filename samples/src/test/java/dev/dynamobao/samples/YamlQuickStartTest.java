package dev.dynamobao.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoConfiguration;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.Ref;
import dev.dynamobao.samples.yaml.Post;
import dev.dynamobao.samples.yaml.User;
import dev.dynamobao.samples.yaml.YamlQuickStart;
import dev.dynamobao.spi.TrackedEntity;
import dev.dynamobao.test.BaoTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quick start on the entities the bao:generate goal made from the seed's models.yaml, on the test backend. */
@BaoTest(entities = {User.class, Post.class})
class YamlQuickStartTest {

    @Test
    void yamlQuickStart_printsExactlyTheSeedsFiveLines(BaoEntityManagerFactory bao) {
        List<String> lines = QuickStartTest.SampleOutput.of(out -> YamlQuickStart.run(bao, out));
        assertEquals(5, lines.size(), () -> "output: " + lines);
        assertEquals("Found user by email: false", lines.get(0));
        assertTrue(lines.get(1).matches("Created user: [0-9A-HJKMNP-TV-Z]{26}"), lines.get(1));
        String id = lines.get(1).substring("Created user: ".length());
        assertEquals("Found user by email: " + id, lines.get(2));
        assertEquals("User posts: 2", lines.get(3));
        assertEquals("User posts matching filter: 1", lines.get(4));
    }

    @Test
    void yamlQuickStart_takesItsTableFromDynamoBaoYaml_andTheEnvironmentOverridesIt() {
        BaoConfiguration fromFile = YamlQuickStart.configure(Bao.configure().environment(name -> null)).configuration();
        assertEquals("dynamo-bao-yaml-sample", fromFile.table());
        assertEquals(List.of(User.class, Post.class), fromFile.entities());
        BaoConfiguration fromEnvironment = YamlQuickStart.configure(
                Bao.configure().environment(Map.of("DYNAMO_BAO_TABLE", "from-env")::get)).configuration();
        assertEquals("from-env", fromEnvironment.table());
    }

    @Test
    void generatedEntities_areEnhancedLikeHandWrittenOnes() {
        assertTrue(TrackedEntity.class.isAssignableFrom(User.class), "User is enhanced by bao:enhance");
        assertTrue(TrackedEntity.class.isAssignableFrom(Post.class), "Post is enhanced by bao:enhance");
    }

    @Test
    void generatedEntity_changeOfOneField_isSavedAndReadBack(BaoEntityManagerFactory bao) {
        String userId;
        String postId;
        try (BaoEntityManager em = bao.createEntityManager()) {
            User user = new User("Ann", "ann@example.com");
            em.persist(user);
            Post post = new Post(Ref.of(user), "Title", "Body");
            em.persist(post);
            userId = user.getUserId();
            postId = post.getPostId();
            assertTrue(post.getVersion() != null && post.getCreatedAt() != null);
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            Post post = em.find(Post.class, postId).orElseThrow();
            post.setTitle("Edited");
            em.flush();
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            Post post = em.find(Post.class, postId).orElseThrow();
            assertEquals("Edited", post.getTitle());
            assertEquals(userId, post.getUserId().id());
            assertEquals("Ann", post.getUserId().get().getName());
        }
    }
}
