/** Problems found in a YAML file, each with its position, model, field and fix, and the exception listing them. */
package dev.dynamobao.codegen.internal.problem;
