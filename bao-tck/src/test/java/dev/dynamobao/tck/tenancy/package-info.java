/** Multi-tenancy: tenant-prefixed keys, tenant sources, isolation of reads, identity maps, iteration and constraints. */
package dev.dynamobao.tck.tenancy;
