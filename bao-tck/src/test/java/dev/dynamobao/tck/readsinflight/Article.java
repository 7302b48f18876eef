package dev.dynamobao.tck.readsinflight;

import dev.dynamobao.Ref;
import dev.dynamobao.annotation.Model;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A post-like model whose author is a lazy reference to a {@link Member}. */
@Entity
@Model(prefix = "ar")
public class Article {

    @Id @GeneratedValue private String articleId;
    @Column(nullable = false) private Ref<Member> author;
    @Column(nullable = false) private String title;

    public Article() {
    }

    public Article(Ref<Member> author, String title) {
        this.author = author;
        this.title = title;
    }

    public String getArticleId() {
        return articleId;
    }

    public void setArticleId(String articleId) {
        this.articleId = articleId;
    }

    public Ref<Member> getAuthor() {
        return author;
    }

    public void setAuthor(Ref<Member> author) {
        this.author = author;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
