/** Watch mode: regenerate the sources on every change of the models file. */
package dev.dynamobao.codegen.internal.watch;
