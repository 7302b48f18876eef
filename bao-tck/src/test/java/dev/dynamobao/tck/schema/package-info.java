/** Behaviour of table creation and verification against a real backend ({@code LAYOUT.md} §2). */
package dev.dynamobao.tck.schema;
