/** A Spring Boot application on the DynamoBao starter: the quick start's blog as a REST API. */
package dev.dynamobao.spring.sample;
