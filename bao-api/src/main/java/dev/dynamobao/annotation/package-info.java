/**
 * DynamoBao annotations for what Jakarta Persistence lacks: model prefix, sort key, global
 * secondary indexes, unique constraints, automatic dates, counters, TTL, e-mail validation and
 * ULIDs. Use them beside {@code jakarta.persistence.Entity}, {@code Id}, {@code Version},
 * {@code Transient}, {@code Column} and {@code GeneratedValue}.
 */
package dev.dynamobao.annotation;
