/**
 * The typed API (the generated metamodel {@code User_}, {@code Post_}, ... and its named finders)
 * against a real server: each scenario runs through the string form and the typed form, which
 * must send the same requests and return the same results.
 */
package dev.dynamobao.tck.typed;
