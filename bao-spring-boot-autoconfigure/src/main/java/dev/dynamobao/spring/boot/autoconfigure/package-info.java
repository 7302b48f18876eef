/**
 * Spring Boot auto-configuration of DynamoBao: the {@code dynamobao.*} properties, the
 * {@code DynamoDbClient} and {@code BaoEntityManagerFactory} beans, the customizer callbacks and the
 * startup failure report. Web, metrics and health live in sub-packages.
 */
package dev.dynamobao.spring.boot.autoconfigure;
