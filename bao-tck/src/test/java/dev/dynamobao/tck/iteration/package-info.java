/** Iteration over every item of a model: buckets, batched loads, parallel workers, errors and laziness. */
package dev.dynamobao.tck.iteration;
