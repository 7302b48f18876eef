package dev.dynamobao.processor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Entity sources for the processor tests: the seed's blog models, and helpers for broken ones. */
final class Sources {

    private Sources() {
    }

    static final String IMPORTS = """
            import dev.dynamobao.Ref;
            import dev.dynamobao.annotation.*;
            import jakarta.persistence.Column;
            import jakarta.persistence.Entity;
            import jakarta.persistence.GeneratedValue;
            import jakarta.persistence.Id;
            import jakarta.persistence.Version;
            import java.time.Instant;
            import java.util.Set;
            """;

    static final JavaFileObject USER = JavaFileObjects.forSourceString("blog.User", "package blog;\n" + IMPORTS + """
            @Entity
            @Model(prefix = "u")
            @Unique(name = "uniqueEmail", field = "email", id = UniqueId.UC1)
            @Index(name = "usersByRole", id = IndexId.GSI1, partitionKey = "role", sortKey = "name")
            public class User {
                @Id @GeneratedValue private String userId;
                private String name;
                private String email;
                private String role;
                private int age;
                protected User() { }
            }
            """);

    static final JavaFileObject POST = JavaFileObjects.forSourceString("blog.Post", "package blog;\n" + IMPORTS + """
            @Entity
            @Model(prefix = "p")
            @Index(name = "postsForUser", id = IndexId.GSI2, partitionKey = "userId", sortKey = "createdAt")
            @Index(name = "recentPosts", id = IndexId.GSI3, partitionKey = Index.MODEL_PREFIX, sortKey = "createdAt")
            public class Post {
                @Id @GeneratedValue private String postId;
                private Ref<User> userId;
                private String content;
                @CreatedDate private Instant createdAt;
                protected Post() { }
                public Ref<User> getUser() { return userId; }
            }
            """);

    static final JavaFileObject TAG = JavaFileObjects.forSourceString("blog.Tag", "package blog;\n" + IMPORTS + """
            @Entity
            @Model(prefix = "t")
            public class Tag {
                @Id @GeneratedValue private String tagId;
                private String name;
                protected Tag() { }
            }
            """);

    static final JavaFileObject POST_TAG = JavaFileObjects.forSourceString("blog.PostTag", "package blog;\n" + IMPORTS + """
            @Entity
            @Model(prefix = "pt", iterable = false)
            @Index(name = "tagsForPost", id = IndexId.PRIMARY_KEY)
            @Index(name = "postsForTag", id = IndexId.GSI3, partitionKey = "tagId", sortKey = "postId")
            public class PostTag {
                @Id private Ref<Post> postId;
                @SortKey private Ref<Tag> tagId;
                protected PostTag() { }
            }
            """);

    static final JavaFileObject[] BLOG = {USER, POST, TAG, POST_TAG};

    /** A class {@code blog.Use} whose method {@code run(em, user, post, tag)} has {@code body}. */
    static JavaFileObject usage(String body) {
        return JavaFileObjects.forSourceString("blog.Use", """
                package blog;
                import dev.dynamobao.BaoOperations;
                import dev.dynamobao.query.Page;
                import java.time.Instant;
                import java.util.List;
                import java.util.Optional;
                import static dev.dynamobao.metamodel.KeyCondition.*;
                import static dev.dynamobao.metamodel.ModelFilter.where;
                class Use {
                    Object run(BaoOperations em, User user, Post post, Tag tag, Instant t1, Instant t2) {
                """ + body + """
                    }
                }
                """);
    }

    /** One entity {@code broken.Thing} with {@code annotations} on the class and {@code body} inside. */
    static JavaFileObject entity(String annotations, String body) {
        return JavaFileObjects.forSourceString("broken.Thing", "package broken;\n" + IMPORTS + annotations + "\n"
                + "public class Thing {\n" + body + "\n}\n");
    }
}
