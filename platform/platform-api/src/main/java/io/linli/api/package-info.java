/** The public contract of the Linli platform: the only package plugins compile against. */
package io.linli.api;
