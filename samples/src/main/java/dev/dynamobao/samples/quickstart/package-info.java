/** The seed's quick start: {@code User} and {@code Post} exactly as the seed defines them. */
package dev.dynamobao.samples.quickstart;
