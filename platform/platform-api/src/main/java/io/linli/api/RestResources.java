package io.linli.api;

import org.pf4j.ExtensionPoint;

/**
 * A plugin's REST API, mounted at {@code /api/plugins/{pluginId}/}: {@link #resource()} returns an object whose
 * methods carry Jakarta REST annotations ({@code @GET}, {@code @Path}, {@code @Produces} …), used as a sub-resource.
 * Requests reach it only from signed-in users of tenants that enabled the plugin; others get 404. The caller is
 * available as the request's {@code SecurityContext}; the tenant is the plugin context's.
 */
public interface RestResources extends ExtensionPoint {

  /** @return the root resource; called per request, so it may be a new object or a shared stateless one */
  Object resource();
}
