package io.linli.api;

/**
 * A message to one owner or resident.
 *
 * @param phone the resident's mobile number, which channels such as WeCom match their accounts by
 * @param language {@code zh-CN} or {@code en}, as the resident chose
 * @param reference the platform's id of this delivery: the same on a retry, so a channel can drop a repeat
 * @param link where it leads in the owner portal, e.g. {@code https://…/portal/notices}
 */
public record OwnerMessage(ResidentSummary recipient, String phone, String language, String subject, String text,
    String link, String reference) {}
