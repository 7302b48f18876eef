/** {@code bao init}: the starter files of a new project. */
package dev.dynamobao.codegen.internal.init;
