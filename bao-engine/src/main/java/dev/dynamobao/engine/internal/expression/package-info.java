/**
 * Builds DynamoDB expression strings — update, condition, key condition and filter expressions —
 * with placeholder names ({@code #a}) and values ({@code :a}) only, so reserved words and user
 * values never appear in the expression text. Pure code: nothing here talks to DynamoDB.
 *
 * <p>One {@link dev.dynamobao.engine.internal.expression.ExpressionContext} collects the
 * placeholders of one request; every builder that contributes to that request renders into it.
 */
package dev.dynamobao.engine.internal.expression;
