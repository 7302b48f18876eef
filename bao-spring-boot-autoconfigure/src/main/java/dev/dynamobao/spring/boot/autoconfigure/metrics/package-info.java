/** Micrometer metrics of DynamoBao: request timers, capacity, SDK retries and throttles, units of work per request. */
package dev.dynamobao.spring.boot.autoconfigure.metrics;
