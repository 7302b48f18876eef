/** YAML parsing that keeps positions and comments, typed reading of mappings, and "did you mean" suggestions. */
package dev.dynamobao.codegen.internal.yaml;
