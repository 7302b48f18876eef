/** Resolution of the current tenant for multi-tenant factories ({@code LAYOUT.md} §11). */
package dev.dynamobao.engine.internal.tenant;
