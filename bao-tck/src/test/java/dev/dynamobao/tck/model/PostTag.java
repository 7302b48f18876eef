package dev.dynamobao.tck.model;

import dev.dynamobao.Ref;
import dev.dynamobao.annotation.CreatedDate;
import dev.dynamobao.annotation.Index;
import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.annotation.SortKey;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** The many-to-many mapping of posts and tags, as in the golden models. */
@Entity
@Model(prefix = "pt", iterable = false)
@Index(name = "tagsForPost", id = IndexId.PRIMARY_KEY)
@Index(name = "postsForTag", id = IndexId.GSI3, partitionKey = "tagId", sortKey = "postId")
public class PostTag {

    @Id private Ref<Post> postId;
    @SortKey private Ref<Tag> tagId;
    @CreatedDate private Instant createdAt;

    public Ref<Post> getPostId() {
        return postId;
    }

    public void setPostId(Ref<Post> postId) {
        this.postId = postId;
    }

    public Ref<Tag> getTagId() {
        return tagId;
    }

    public void setTagId(Ref<Tag> tagId) {
        this.tagId = tagId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
