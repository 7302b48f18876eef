/** Iterating over every item of a model, for migrations and batch jobs. */
package dev.dynamobao.samples.iteration;
