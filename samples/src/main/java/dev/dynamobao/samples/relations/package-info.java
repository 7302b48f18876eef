/** One-to-many, many-to-one and many-to-many relations. */
package dev.dynamobao.samples.relations;
