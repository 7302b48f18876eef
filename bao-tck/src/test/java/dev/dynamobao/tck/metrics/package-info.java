/** Request metrics: what a RequestListener receives for every DynamoDB request, and failing listeners. */
package dev.dynamobao.tck.metrics;
