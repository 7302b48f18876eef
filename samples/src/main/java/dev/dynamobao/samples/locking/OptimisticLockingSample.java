package dev.dynamobao.samples.locking;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.OptimisticLockException;
import dev.dynamobao.samples.SampleDatabase;
import dev.dynamobao.samples.quickstart.Post;
import dev.dynamobao.samples.quickstart.User;
import java.io.PrintStream;

/**
 * Optimistic locking: two units of work edit the same versioned post; the second save fails with
 * {@link OptimisticLockException} and nothing of it is written; reload and retry succeeds.
 */
public final class OptimisticLockingSample {

    private OptimisticLockingSample() {
    }

    /** Runs the sample. */
    public static void main(String[] args) {
        try (SampleDatabase database = SampleDatabase.open();
             BaoEntityManagerFactory bao = database.configure().entities(User.class, Post.class).build()) {
            run(bao, System.out);
        }
    }

    /** The sample itself, printing to {@code out}. */
    public static void run(BaoEntityManagerFactory bao, PrintStream out) {
        String postId;
        try (BaoEntityManager em = bao.createEntityManager()) {
            User author = new User("Grace", "grace-" + System.nanoTime() + "@example.com");
            em.persist(author);
            Post post = new Post(author, "Draft", "first version");
            em.persist(post);
            postId = post.getPostId();
        }
        try (BaoEntityManager alice = bao.createEntityManager(); BaoEntityManager bob = bao.createEntityManager()) {
            Post aliceCopy = alice.find(Post.class, postId).orElseThrow();
            Post bobCopy = bob.find(Post.class, postId).orElseThrow();
            aliceCopy.setTitle("Alice's title");
            alice.save(aliceCopy);
            bobCopy.setTitle("Bob's title");
            try {
                bob.save(bobCopy);
            } catch (OptimisticLockException conflict) {
                out.println("Conflict: " + conflict.getMessage());
                bob.clear();
                Post fresh = bob.find(Post.class, postId).orElseThrow();
                fresh.setContent("edited by Bob after reloading");
                bob.save(fresh);
                out.println("Retried: title '" + fresh.getTitle() + "', content '" + fresh.getContent() + "'");
            }
        }
    }
}
