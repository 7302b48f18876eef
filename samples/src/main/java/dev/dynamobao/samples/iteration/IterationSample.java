package dev.dynamobao.samples.iteration;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.samples.SampleDatabase;
import dev.dynamobao.samples.quickstart.User;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Stream;

/**
 * Iteration over every item of a model, in batches, through the bucketed iteration index — the
 * Java form of the seed's {@code User.iterateAll({batchSize})}, e.g. for a migration.
 */
public final class IterationSample {

    private IterationSample() {
    }

    /** Runs the sample. */
    public static void main(String[] args) {
        try (SampleDatabase database = SampleDatabase.open();
             BaoEntityManagerFactory bao = database.configure().entities(User.class).build()) {
            run(bao, System.out);
        }
    }

    /** The sample itself, printing to {@code out}. */
    public static void run(BaoEntityManagerFactory bao, PrintStream out) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            for (int i = 0; i < 25; i++) {
                em.persist(new User("User " + i, "iteration-" + i + "-" + System.nanoTime() + "@example.com"));
            }
        }
        int users = 0;
        int batches = 0;
        try (BaoEntityManager em = bao.createEntityManager();
             Stream<List<User>> all = em.iterateAll(User.class, 10)) {
            for (List<User> batch : (Iterable<List<User>>) all::iterator) {
                batches++;
                for (User user : batch) {
                    if (user.getRole() == null) {
                        user.setRole("member");
                    }
                    users++;
                }
                em.flush();
            }
        }
        out.println("Migrated " + users + " users in " + batches + " batches");
    }
}
