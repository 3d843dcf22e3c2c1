/** The people of a tenant: staff with their roles and assignments, residents, committee seats. */
package io.linli.people;
