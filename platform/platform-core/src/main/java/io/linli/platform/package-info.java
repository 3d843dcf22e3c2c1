/** Start-up of the platform: schema migration, platform accounts and shared producers. */
package io.linli.platform;
