/**
 * The plugin host: PF4J loads the plugins of the configured directory once; each tenant enables the ones it wants,
 * consenting to the platform services they declare; calls into a plugin are made only for tenants that enabled it,
 * and a failing plugin is contained, counted and, after repeated failures, suspended for that tenant.
 */
package io.linli.plugin;
