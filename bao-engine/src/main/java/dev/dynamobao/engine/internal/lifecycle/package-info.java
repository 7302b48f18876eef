/** What happens to an entity's values before a write: generated values, dates and validation. */
package dev.dynamobao.engine.internal.lifecycle;
