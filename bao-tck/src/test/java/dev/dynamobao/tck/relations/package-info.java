/** One-to-many queries through a child's Ref index, and many-to-many links through mapping models. */
package dev.dynamobao.tck.relations;
