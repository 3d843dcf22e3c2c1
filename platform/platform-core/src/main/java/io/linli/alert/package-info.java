/**
 * 预警: rules that judge each project's recent days (response times, complaints, bad reviews, acknowledgement of
 * critical notices, SLA breaches) green, yellow or red with a reason, checked on schedule per tenant; a project
 * newly red on a rule opens an episode and tells its project manager and regional director once.
 */
package io.linli.alert;
