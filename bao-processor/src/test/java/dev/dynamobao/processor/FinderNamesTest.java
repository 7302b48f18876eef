package dev.dynamobao.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamobao.processor.internal.FinderNames;
import org.junit.jupiter.api.Test;

/** dynamo-bao 0.4.2's generator naming rules (bin/generators/model.js). */
class FinderNamesTest {

    @Test
    void uniqueFinder_dropsALeadingUnique() {
        assertEquals("findByEmail", FinderNames.uniqueFinder("uniqueEmail"));
        assertEquals("findByemailUnique", FinderNames.uniqueFinder("emailUnique"));
    }

    @Test
    void indexMethod_usesThePartBeforeTheFirstFor_capitalized() {
        assertEquals("queryPosts", FinderNames.indexMethod("query", "postsForUser"));
        assertEquals("getTags", FinderNames.indexMethod("get", "tagsForPost"));
        assertEquals("queryRecentPosts", FinderNames.indexMethod("query", "recentPosts"));
        assertEquals("query", FinderNames.indexMethod("query", "ForUser"));
        assertEquals("queryPosts", FinderNames.indexMethod("query", "postsForUserForTag"));
    }

    @Test
    void primaryKeyQuery_isQueryPlusModelNamePlusS() {
        assertEquals("queryCommentLikes", FinderNames.primaryKeyQuery("CommentLike"));
    }

    @Test
    void referenceGetter_dropsATrailingId() {
        assertEquals("getUser", FinderNames.referenceGetter("userId"));
        assertEquals("getAuthor", FinderNames.referenceGetter("author"));
    }
}
