/** Tenants and the binding of the current tenant to threads and to the persistence context. */
package io.linli.tenancy;
