/** The blog's models (the quick start's {@code User} and {@code Post}) and its REST API. */
package dev.dynamobao.spring.sample.blog;
