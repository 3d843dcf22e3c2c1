/** Persistence plumbing shared by every feature. */
package io.linli.persistence;
