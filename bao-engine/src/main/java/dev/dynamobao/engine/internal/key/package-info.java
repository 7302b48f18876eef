/**
 * The only place that knows key separators: primary ids, {@code _pk}/{@code _sk}, GSI and
 * iteration attributes, unique-constraint keys and tenant prefixes ({@code LAYOUT.md} §4, §6–§8, §11).
 */
package dev.dynamobao.engine.internal.key;
