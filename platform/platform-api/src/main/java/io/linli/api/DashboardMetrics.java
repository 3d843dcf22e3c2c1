package io.linli.api;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Figures a plugin adds to the company's dashboard, computed for the bound tenant each time the dashboard is shown
 * (keep it to a query or two).
 */
public interface DashboardMetrics extends ExtensionPoint {

  List<Metric> metrics();
}
