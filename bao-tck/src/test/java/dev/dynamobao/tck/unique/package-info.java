/** Unique constraints: constraint items, claim/swap/release in one transaction, violations, lookups, races. */
package dev.dynamobao.tck.unique;
