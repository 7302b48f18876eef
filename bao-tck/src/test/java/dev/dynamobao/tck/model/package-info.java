/** Test entities shared by the compatibility test suite; they mirror {@code shared/golden/models.json}. */
package dev.dynamobao.tck.model;
