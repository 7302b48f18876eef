/**
 * The seed's quick start on entities generated from {@code src/main/yaml/models.yaml} by the
 * {@code bao:generate} goal ({@code User} and {@code Post} are in {@code target/generated-sources/bao}).
 */
package dev.dynamobao.samples.yaml;
