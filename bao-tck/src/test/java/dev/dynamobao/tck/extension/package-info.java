/** Behaviour of the {@code @BaoTest} extension: backends, tables per class or per test, injection. */
package dev.dynamobao.tck.extension;
