package io.linli.api;

import org.pf4j.ExtensionPoint;

/**
 * A plugin's REST API, mounted at {@code /api/plugins/{pluginId}/}: {@link #resource} returns an object whose
 * methods carry Jakarta REST annotations ({@code @GET}, {@code @Path}, {@code @Produces} …), used as a sub-resource.
 * Requests reach it only from signed-in users of tenants that enabled the plugin; others get 404. Throw
 * {@code jakarta.ws.rs.NotFoundException} for an unknown id and {@code IllegalArgumentException} for bad input: the
 * platform answers 404 and 400 with a problem body.
 */
public interface RestResources extends ExtensionPoint {

  /**
   * @param caller who is asking (the tenant is the plugin context's)
   * @return the root resource, for this request
   */
  Object resource(Caller caller);
}
