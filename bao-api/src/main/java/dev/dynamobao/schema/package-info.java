/** Creation and verification of the single table ({@code LAYOUT.md} §2). */
package dev.dynamobao.schema;
