package dev.dynamobao.samples.yaml;

import static dev.dynamobao.metamodel.ModelFilter.where;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoConfiguration;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.Ref;
import dev.dynamobao.samples.SampleDatabase;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * The seed's quick start, line for line, with the {@code User} and {@code Post} classes generated from the
 * seed's {@code models.yaml}: nothing about the models is written in Java. The named finders
 * ({@code User_.findByEmail}, {@code Post_.queryPosts}) come from the annotation processor, which treats the
 * generated entities like hand-written ones.
 */
public final class YamlQuickStart {

    private YamlQuickStart() {
    }

    /**
     * Runs the quick start on the sample database, with the table (and region, endpoint, strict mode) of
     * {@code dynamo-bao.yaml} in the working directory, the file the {@code bao} command and the
     * {@code bao:generate} goal read; environment variables override it.
     */
    public static void main(String[] args) {
        try (SampleDatabase database = SampleDatabase.open();
             BaoEntityManagerFactory bao = configure(database.configure()).build()) {
            run(bao, System.out);
        }
    }

    /** {@code builder} with the settings of {@code dynamo-bao.yaml} and the generated entities. */
    public static BaoConfiguration.Builder configure(BaoConfiguration.Builder builder) {
        return builder.fromConfig().entities(User.class, Post.class);
    }

    /** The quick start itself, printing to {@code out}. */
    public static void run(BaoEntityManagerFactory bao, PrintStream out) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            Optional<User> existing = User_.findByEmail(em, "test@example.com");
            out.println("Found user by email: " + existing.isPresent());
            if (existing.isPresent()) {
                em.remove(existing.get());
                out.println("Deleted existing user");
            }

            User user = new User("Test User", "test@example.com");
            user.setRole("user");
            user.setProfilePictureUrl("https://example.com/profile.jpg");
            em.persist(user);
            out.println("Created user: " + user.getUserId());

            User found = User_.findByEmail(em, "test@example.com").orElseThrow();
            out.println("Found user by email: " + found.getUserId());

            // await Promise.all([post1.save(), post2.save()]): both creates in flight together
            Post post1 = new Post(Ref.of(user), "Test Post 1", "This is a test post");
            Post post2 = new Post(Ref.of(user), "Test Post 2", "This is another test post");
            em.persistAll(List.of(post1, post2));

            long userPosts = Post_.queryPosts(em, user).page().count();
            out.println("User posts: " + userPosts);

            long filteredPosts = Post_.queryPosts(em, user).filter(where(Post_.content).contains("another")).page().count();
            out.println("User posts matching filter: " + filteredPosts);
        }
    }
}
