/** Batched reads: {@code em.findAll} in BatchGetItem chunks of 100, order, duplicates, missing ids, identity map. */
package dev.dynamobao.tck.batch;
