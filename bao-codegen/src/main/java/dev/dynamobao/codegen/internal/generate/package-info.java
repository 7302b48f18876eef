/** Java entity sources from valid models: the text of each source, and writing them into an output folder. */
package dev.dynamobao.codegen.internal.generate;
