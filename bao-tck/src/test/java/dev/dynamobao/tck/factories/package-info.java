/** Several factories in one JVM: each keeps its own models, table and tenancy. */
package dev.dynamobao.tck.factories;
