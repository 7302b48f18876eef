/** Runtime validation before any request, and the error model of SPEC §8. */
package dev.dynamobao.tck.validation;
