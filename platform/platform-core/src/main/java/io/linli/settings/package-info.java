/** Linli's settings from MicroProfile Config; depends on nothing else of Linli. */
package io.linli.settings;
