/** Behaviour of persist, find and remove of single entities, and the stored item layout. */
package dev.dynamobao.tck.entity;
