package dev.dynamobao.samples.relations;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.samples.SampleDatabase;
import dev.dynamobao.samples.quickstart.Post;
import dev.dynamobao.samples.quickstart.Post_;
import dev.dynamobao.samples.quickstart.User;
import java.io.PrintStream;
import java.util.List;

/**
 * Relations: a post's author through {@code Ref<User>} (N:1, loaded lazily and batched), a user's
 * posts through the {@code postsForUser} index (1:N), and tags through the {@link PostTag}
 * mapping (N:M, one query page plus one batched load). Written with the generated metamodel:
 * {@code Post_.queryPosts}, {@code Post_.getUser}, {@code PostTag_.getTags} and the typed
 * {@code em.link(PostTag_.tagsForPost, post, tag)}.
 */
public final class RelationsSample {

    private RelationsSample() {
    }

    /** Runs the sample. */
    public static void main(String[] args) {
        try (SampleDatabase database = SampleDatabase.open();
             BaoEntityManagerFactory bao = database.configure()
                     .entities(User.class, Post.class, Tag.class, PostTag.class).build()) {
            run(bao, System.out);
        }
    }

    /** The sample itself, printing to {@code out}. */
    public static void run(BaoEntityManagerFactory bao, PrintStream out) {
        String postId;
        try (BaoEntityManager em = bao.createEntityManager()) {
            User author = new User("Ada", "ada-" + System.nanoTime() + "@example.com");
            em.persist(author);
            Post post = new Post(author, "Relations", "Posts, users and tags");
            em.persist(post);
            for (String name : List.of("java", "dynamodb", "single-table")) {
                Tag tag = new Tag(name);
                em.persist(tag);
                em.link(PostTag_.tagsForPost, post, tag);
            }
            postId = post.getPostId();
            out.println("Posts of " + author.getName() + ": " + Post_.queryPosts(em, author).list().size());
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            Post post = em.find(Post.class, postId).orElseThrow();
            out.println("Author (loaded lazily): " + Post_.getUser(post).orElseThrow().getName());
            List<String> tags = PostTag_.getTags(em, post).items().stream().map(Tag::getName).sorted().toList();
            out.println("Tags: " + tags);
        }
    }
}
