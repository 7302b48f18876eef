package dev.dynamobao.spring.sample.blog;

import dev.dynamobao.BaoOperations;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The blog as a REST API. Each request runs in its own unit of work (the starter's filter): the
 * injected {@link BaoOperations} batch and cache within the request, and changes are flushed when
 * the handler returns.
 */
@RestController
public class BlogController {

    private final BaoOperations bao;

    /** Creates the controller on the starter's ambient operations. */
    public BlogController(BaoOperations bao) {
        this.bao = bao;
    }

    /** A user as JSON. */
    public record UserView(String userId, String name, String email) {
        static UserView of(User user) {
            return new UserView(user.getUserId(), user.getName(), user.getEmail());
        }
    }

    /** A post with its author's name as JSON. */
    public record PostView(String postId, String title, String content, UserView author) {
        static PostView of(Post post) {
            return new PostView(post.getPostId(), post.getTitle(), post.getContent(), UserView.of(post.getAuthor().get()));
        }
    }

    /** Body of {@code POST /users}. */
    public record NewUser(String name, String email) {
    }

    /** Body of {@code POST /users/{id}/posts}. */
    public record NewPost(String title, String content) {
    }

    /** Body of {@code PUT /posts/{id}}. */
    public record PostChange(String title) {
    }

    /** Creates a user (a transaction: the user and its unique e-mail item). */
    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    public UserView createUser(@RequestBody NewUser body) {
        User user = new User(body.name(), body.email());
        bao.persist(user);
        return UserView.of(user);
    }

    /** One user ({@code GetItem}). */
    @GetMapping("/users/{userId}")
    public UserView user(@PathVariable String userId) {
        return UserView.of(findUser(userId));
    }

    /** Creates a post by a user. */
    @PostMapping("/users/{userId}/posts")
    @ResponseStatus(HttpStatus.CREATED)
    public PostView createPost(@PathVariable String userId, @RequestBody NewPost body) {
        Post post = new Post(findUser(userId), body.title(), body.content());
        bao.persist(post);
        return PostView.of(post);
    }

    /** A user's posts, newest first ({@code postsForUser}). */
    @GetMapping("/users/{userId}/posts")
    public List<PostView> postsOf(@PathVariable String userId) {
        User user = findUser(userId);
        return Post_.queryPosts(bao, user).descending().list().stream().map(PostView::of).toList();
    }

    /**
     * The newest posts with their authors: one {@code Query} on {@code recentPosts}, then every
     * author in one {@code BatchGetItem} (the first {@code Ref.get()} loads them all).
     */
    @GetMapping("/posts")
    public List<PostView> recentPosts(@RequestParam(defaultValue = "50") int limit) {
        return Post_.queryRecentPosts(bao).descending().limit(limit).page().items().stream()
                .map(PostView::of).toList();
    }

    /** Changes a post's title; the change is flushed as one {@code UpdateItem} when the handler returns. */
    @PutMapping("/posts/{postId}")
    public PostView retitle(@PathVariable String postId, @RequestBody PostChange change) {
        Post post = bao.find(Post.class, postId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no post " + postId));
        post.setTitle(change.title());
        return PostView.of(post);
    }

    private User findUser(String userId) {
        return bao.find(User.class, userId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no user " + userId));
    }
}
