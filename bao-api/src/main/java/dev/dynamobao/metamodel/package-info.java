/**
 * Typed descriptors of a model's fields, unique constraints, indexes and relations, and the typed
 * queries and filters built from them. The annotation processor of {@code bao-processor}
 * generates, for every {@code @Entity User}, a metamodel class {@code User_} holding these
 * descriptors as constants, plus named finders that follow dynamo-bao's generator rules:
 *
 * <pre>{@code
 * Optional<User> user = em.findByUnique(User_.uniqueEmail, "a@b.c");      // or User_.findByEmail(em, "a@b.c")
 * List<Post> posts = em.query(Post_.postsForUser).partition(user)
 *         .sort(between(t1, t2))
 *         .filter(where(Post_.content).contains("another"))
 *         .list();
 * Page<Tag> tags = em.linked(post, PostTag_.tagsForPost);
 * }</pre>
 *
 * <p>A misspelled descriptor, a key or value of the wrong type, or a field of another model is a
 * compile error. The string forms ({@code em.findByUnique(User.class, "email", value)},
 * {@code query(Post.class).index("postsForUser")}, {@link dev.dynamobao.query.Filter}) remain the
 * dynamic form, for access patterns chosen at run time. Both send the same requests.
 */
package dev.dynamobao.metamodel;
