/** Queries on the primary key and on indexes: sort conditions, filters, limits, pagination and cursors. */
package dev.dynamobao.tck.query;
