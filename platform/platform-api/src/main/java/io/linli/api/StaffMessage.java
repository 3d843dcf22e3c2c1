package io.linli.api;

/**
 * A notification to one staff member.
 *
 * @param kind what it is about, e.g. {@code ESCALATE}, {@code WARN}, {@code PLUGIN_SUSPENDED}
 * @param link where it leads, relative to the application, e.g. {@code /console/tickets/12}
 */
public record StaffMessage(StaffSummary recipient, String kind, String text, String link) {}
