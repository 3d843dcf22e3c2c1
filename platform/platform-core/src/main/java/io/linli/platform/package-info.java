/** Start-up of the platform: schema migration, platform accounts, settings and shared producers. */
package io.linli.platform;
