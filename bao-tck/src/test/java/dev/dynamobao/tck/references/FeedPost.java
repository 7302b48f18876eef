package dev.dynamobao.tck.references;

import dev.dynamobao.Ref;
import dev.dynamobao.annotation.Index;
import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.tck.model.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A post in a feed: every post of one feed is one index partition, so a page of 250 is one Query. */
@Entity
@Model(prefix = "fp")
@Index(name = "postsInFeed", id = IndexId.GSI1, partitionKey = "feed", sortKey = "title")
public class FeedPost {

    @Id @GeneratedValue private String postId;
    @Column(nullable = false) private String feed;
    @Column(nullable = false) private Ref<User> author;
    @Column(nullable = false) private String title;

    public String getPostId() {
        return postId;
    }

    public void setPostId(String postId) {
        this.postId = postId;
    }

    public String getFeed() {
        return feed;
    }

    public void setFeed(String feed) {
        this.feed = feed;
    }

    public Ref<User> getAuthor() {
        return author;
    }

    public void setAuthor(Ref<User> author) {
        this.author = author;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
