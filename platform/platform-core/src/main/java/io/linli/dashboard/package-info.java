/**
 * 沟通看板: the company's service figures over a period, for the company, a region, a project or a building, with
 * the figures of the places one level down. {@link io.linli.dashboard.DashboardQueries} reads tallies in two passes
 * over the period's tickets; {@link io.linli.dashboard.ServiceFigures} turns tallies into figures in plain Java.
 */
package io.linli.dashboard;
