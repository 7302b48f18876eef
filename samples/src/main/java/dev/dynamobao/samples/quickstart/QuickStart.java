package dev.dynamobao.samples.quickstart;

import static dev.dynamobao.metamodel.ModelFilter.where;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.query.Page;
import dev.dynamobao.samples.SampleDatabase;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * The seed's quick start in Java: find a user by e-mail (absent), create the user, find it by
 * e-mail, create two posts, query the user's posts, and query them with a {@code contains}
 * filter. It reads like the seed's {@code example.js}: {@code User_.findByEmail} and
 * {@code Post_.queryPosts} are the named finders the annotation processor generates, and the
 * filter names the field through the metamodel ({@code Post_.content}), so a typo or a value of
 * the wrong type does not compile.
 */
public final class QuickStart {

    private QuickStart() {
    }

    /** Runs the quick start on a moto server started for the run (or {@code AWS_ENDPOINT_URL_DYNAMODB}). */
    public static void main(String[] args) {
        try (SampleDatabase database = SampleDatabase.open();
             BaoEntityManagerFactory bao = database.configure().entities(User.class, Post.class).build()) {
            run(bao, System.out);
        }
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
            Post post1 = new Post(user, "Test Post 1", "This is a test post");
            Post post2 = new Post(user, "Test Post 2", "This is another test post");
            em.persistAll(List.of(post1, post2));

            Page<Post> userPosts = Post_.queryPosts(em, user).page();
            out.println("User posts: " + userPosts.count());

            Page<Post> filteredPosts = Post_.queryPosts(em, user).filter(where(Post_.content).contains("another")).page();
            out.println("User posts matching filter: " + filteredPosts.count());
        }
    }
}
