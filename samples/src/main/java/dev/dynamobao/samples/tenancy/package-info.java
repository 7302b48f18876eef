/** Multi-tenancy: tenant-prefixed keys and isolation. */
package dev.dynamobao.samples.tenancy;
