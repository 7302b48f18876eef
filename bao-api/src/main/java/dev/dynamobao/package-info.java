/**
 * DynamoBao for Java: a JPA-like entity manager for Amazon DynamoDB single-table design.
 *
 * <p>Start with {@link dev.dynamobao.Bao#configure()}, build a thread-safe
 * {@link dev.dynamobao.BaoEntityManagerFactory}, and open one
 * {@link dev.dynamobao.BaoEntityManager} (a unit of work) per request. Several factories (other
 * tables, tenancy on or off) may live in one JVM; each keeps its own state.
 *
 * <h2>Conventions of the whole API</h2>
 * <ul>
 *   <li><b>{@code find…} returns {@code Optional}</b> (or, for several ids, a result that lists
 *       what is missing) when absence is a normal answer: {@code find}, {@code findByUnique},
 *       {@link dev.dynamobao.Ref#find()}, {@link dev.dynamobao.BatchFindResult#find(String)},
 *       {@link dev.dynamobao.query.Page#cursor()}.</li>
 *   <li><b>{@code get…} returns the value or throws</b> {@link dev.dynamobao.EntityNotFoundException}
 *       when the caller states that it exists: {@link dev.dynamobao.Ref#get()},
 *       {@link dev.dynamobao.BatchFindResult#get(String)}.</li>
 *   <li>No method returns {@code null}; collections are empty, never null.</li>
 *   <li>Every exception is an unchecked {@link dev.dynamobao.BaoException} subclass whose message
 *       names the model, field or value and how to fix it; only a {@code null} argument that must
 *       not be null throws {@code NullPointerException}.</li>
 *   <li>One spelling per operator ({@code eq ne lt lte gt gte between beginsWith}) in
 *       {@link dev.dynamobao.query.Filter} and {@link dev.dynamobao.query.SortCondition}; one
 *       accessor per value.</li>
 *   <li>Engine hooks live in {@link dev.dynamobao.spi}; applications never need that package.</li>
 * </ul>
 * Deprecated members forward to their new names and are removed before 1.0.
 */
package dev.dynamobao;
