package dev.dynamobao.samples.relations;

import dev.dynamobao.Ref;
import dev.dynamobao.annotation.CreatedDate;
import dev.dynamobao.annotation.Index;
import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.SortKey;
import dev.dynamobao.samples.quickstart.Post;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * The mapping of posts and tags: two references form the key ("tags of a post" reads the primary
 * key), and {@code postsForTag} on gsi3 gives the other direction.
 */
@Entity
@Model(prefix = "pt", iterable = false)
@Index(name = "tagsForPost", id = IndexId.PRIMARY_KEY)
@Index(name = "postsForTag", id = IndexId.GSI3, partitionKey = "tagId", sortKey = "postId")
public class PostTag {

    @Id
    private Ref<Post> postId;
    @SortKey
    private Ref<Tag> tagId;
    @CreatedDate
    private Instant createdAt;

    /** For DynamoBao. */
    protected PostTag() {
    }

    public Ref<Post> getPost() {
        return postId;
    }

    public Ref<Tag> getTag() {
        return tagId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
