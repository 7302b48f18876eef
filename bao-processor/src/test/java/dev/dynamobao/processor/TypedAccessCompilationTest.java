package dev.dynamobao.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Programs using the generated metamodel: the right ones compile, and a misspelled access
 * pattern, a key or value of the wrong type, or a field of another model is a compile error at
 * the offending line.
 */
class TypedAccessCompilationTest {

    private static Compilation compile(String body) {
        List<JavaFileObject> sources = new ArrayList<>(Arrays.asList(Sources.BLOG));
        JavaFileObject use = Sources.usage(body);
        sources.add(use);
        return javac().withProcessors(new EntityProcessor()).withOptions("-Xlint:all,-processing", "-Werror").compile(sources);
    }

    private static void assertFailsOn(String body, String lineContaining, String message) {
        Compilation compilation = compile(body);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(message).inFile(findUse(compilation)).onLineContaining(lineContaining);
    }

    private static JavaFileObject findUse(Compilation compilation) {
        return compilation.sourceFiles().stream()
                .filter(file -> file.getName().endsWith("Use.java")).findFirst().orElseThrow();
    }

    @Test
    void typedAccess_ofTheSeedsAccessPatterns_compilesWithoutWarnings() {
        Compilation compilation = compile("""
                Optional<User> byEmail = em.findByUnique(User_.uniqueEmail, "a@b.c");
                Optional<User> named = User_.findByEmail(em, "a@b.c");
                List<Post> posts = em.query(Post_.postsForUser).partition(user)
                        .sort(between(t1, t2))
                        .filter(where(Post_.content).contains("another").and(where(Post_.createdAt).gt(t1)))
                        .list();
                List<Post> related = em.queryRelated(user, Post_.postsForUser).descending().list();
                List<Post> viaRef = em.queryRelated(post.getUser(), Post_.postsForUser).list();
                List<Post> named2 = Post_.queryPosts(em, user).list();
                List<Post> recent = Post_.queryRecentPosts(em).sort(gte(t1)).list();
                List<User> admins = em.query(User_.usersByRole).partition("admin").sort(beginsWith("A"))
                        .filter(where(User_.age).between(18, 65)).list();
                Page<Tag> tags = em.linked(post, PostTag_.tagsForPost);
                Page<Tag> tags2 = PostTag_.getTags(em, post);
                Page<Post> posts2 = PostTag_.getPosts(em, tag);
                PostTag link = em.link(PostTag_.tagsForPost, post, tag);
                em.unlink(PostTag_.postsForTag, tag, post);
                Optional<User> author = Post_.getUser(post);
                return List.of(byEmail, named, posts, related, viaRef, named2, recent, admins, tags, tags2, posts2, link, author);
                """);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void findByUnique_withAValueOfTheWrongType_doesNotCompile() {
        assertFailsOn("return em.findByUnique(User_.uniqueEmail, 42);", "findByUnique", "findByUnique");
    }

    @Test
    void namedFinder_withAValueOfTheWrongType_doesNotCompile() {
        assertFailsOn("return User_.findByEmail(em, 42);", "findByEmail", "incompatible types");
    }

    @Test
    void misspelledIndex_doesNotCompile() {
        assertFailsOn("return em.query(Post_.postsForUsr).list();", "postsForUsr", "cannot find symbol");
    }

    @Test
    void misspelledUniqueConstraint_doesNotCompile() {
        assertFailsOn("return em.findByUnique(User_.uniqueMail, \"a@b.c\");", "uniqueMail", "cannot find symbol");
    }

    @Test
    void partition_ofTheWrongType_doesNotCompile() {
        assertFailsOn("return em.query(Post_.postsForUser).partition(\"some-user-id\").list();", "partition",
                "incompatible types");
    }

    @Test
    void sortCondition_ofTheWrongType_doesNotCompile() {
        assertFailsOn("return em.query(Post_.postsForUser).partition(user).sort(between(\"a\", \"b\")).list();",
                "sort(", "incompatible");
    }

    @Test
    void filter_onAFieldOfAnotherModel_doesNotCompile() {
        assertFailsOn("return em.query(Post_.postsForUser).partition(user).filter(where(User_.email).eq(\"x\")).list();",
                "filter(", "incompatible types");
    }

    @Test
    void filter_withAValueOfTheWrongType_doesNotCompile() {
        assertFailsOn("return where(Post_.content).eq(5);", "eq(5)", "incompatible types");
    }

    @Test
    void queryRelated_withAParentOfTheWrongModel_doesNotCompile() {
        assertFailsOn("return em.queryRelated(tag, Post_.postsForUser).list();", "queryRelated", "queryRelated");
    }

    @Test
    void queryRelated_onAnIndexThatIsNoRelation_doesNotCompile() {
        assertFailsOn("return em.queryRelated(user, User_.usersByRole).list();", "queryRelated", "queryRelated");
    }

    @Test
    void linked_fromTheWrongSide_doesNotCompile() {
        assertFailsOn("return em.linked(tag, PostTag_.tagsForPost);", "linked", "linked");
    }

    @Test
    void linked_intoAPageOfTheWrongModel_doesNotCompile() {
        assertFailsOn("Page<User> users = em.linked(post, PostTag_.tagsForPost); return users;", "linked",
                "incompatible types");
    }

    @Test
    void link_withSwappedSides_doesNotCompile() {
        assertFailsOn("return em.link(PostTag_.tagsForPost, tag, post);", "link(", "link");
    }
}
