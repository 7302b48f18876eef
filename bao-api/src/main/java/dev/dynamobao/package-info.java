/**
 * DynamoBao for Java: a JPA-like entity manager for Amazon DynamoDB single-table design.
 *
 * <p>Start with {@link dev.dynamobao.Bao#configure()}, build a thread-safe
 * {@link dev.dynamobao.BaoEntityManagerFactory}, and open one
 * {@link dev.dynamobao.BaoEntityManager} (a unit of work) per request.
 */
package dev.dynamobao;
