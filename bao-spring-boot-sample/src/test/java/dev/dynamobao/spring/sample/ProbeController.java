package dev.dynamobao.spring.sample;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.BaoOperations;
import dev.dynamobao.spring.sample.blog.Post;
import dev.dynamobao.spring.sample.blog.Post_;
import dev.dynamobao.spring.sample.blog.User;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoints that probe the per-request unit of work. */
@RestController
class ProbeController {

    static final class HandledFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HandledFailure(String message) {
            super(message);
        }
    }

    private final BaoOperations bao;
    private final BaoEntityManagerFactory factory;

    ProbeController(BaoOperations bao, BaoEntityManagerFactory factory) {
        this.bao = bao;
        this.factory = factory;
    }

    /**
     * Changes a title, but another unit of work changes the same post first: the request's flush
     * meets a version conflict after the handler returned, and the client must not see a success.
     */
    @PutMapping("/probe/posts/{postId}/conflict")
    String conflictAtFlush(@PathVariable String postId) {
        bao.find(Post.class, postId).orElseThrow().setTitle("from the request");
        try (BaoEntityManager other = factory.createEntityManager()) {
            other.find(Post.class, postId).orElseThrow().setTitle("from another unit of work");
            other.flush();
        }
        return "handler returned";
    }

    /** Reads the same user twice in one request: the second read is served by the unit of work. */
    @GetMapping("/probe/users/{userId}/twice")
    Map<String, Object> twice(@PathVariable String userId) {
        User first = bao.find(User.class, userId).orElseThrow();
        User second = bao.find(User.class, userId).orElseThrow();
        return Map.of("sameInstance", first == second);
    }

    /** Changes a title, then throws; an exception handler answers 409. */
    @PutMapping("/probe/posts/{postId}/handled-failure")
    void handledFailure(@PathVariable String postId) {
        bao.find(Post.class, postId).orElseThrow().setTitle("must not be saved (handled)");
        throw new HandledFailure("refused after the change");
    }

    /** Changes a title, then throws an exception nothing handles (500). */
    @PutMapping("/probe/posts/{postId}/unhandled-failure")
    void unhandledFailure(@PathVariable String postId) {
        bao.find(Post.class, postId).orElseThrow().setTitle("must not be saved (unhandled)");
        throw new IllegalStateException("failed after the change");
    }

    /**
     * Retitles the {@code count} most recent posts: the request's flush sends their updates
     * together, on the factory's request threads.
     */
    @PutMapping("/probe/posts/recent/retitle")
    int retitleRecent(@RequestParam int count, @RequestParam String title) {
        List<Post> recent = Post_.queryRecentPosts(bao).descending().limit(count).page().items();
        recent.forEach(post -> post.setTitle(title));
        return recent.size();
    }

    @ExceptionHandler(HandledFailure.class)
    ResponseEntity<String> conflict(HandledFailure failure) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(failure.getMessage());
    }
}
