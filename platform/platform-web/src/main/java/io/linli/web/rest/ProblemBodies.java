package io.linli.web.rest;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Every error of the REST API is a problem body, also those Jersey answers without asking the exception mappers
 * (a Content-Type, Accept or Accept-Language header it cannot parse is a bare 400): where it would hand the status to
 * the server's HTML error page, this writes the problem instead.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ProblemBodies extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, new HttpServletResponseWrapper(response) {
      @Override
      public void sendError(int status) throws IOException {
        sendError(status, null);
      }

      @Override
      public void sendError(int status, String message) throws IOException {
        if (isCommitted()) {
          super.sendError(status, message);
          return;
        }
        resetBuffer();
        setStatus(status);
        setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        byte[] body = Json.createObjectBuilder()
            .add("type", "about:blank").add("title", title).add("status", status)
            .add("detail", status == 400 ? "the request could not be read: check its headers and body" : title)
            .add("errors", Json.createArrayBuilder()).build().toString().getBytes(StandardCharsets.UTF_8);
        setContentLength(body.length);
        getOutputStream().write(body);
        flushBuffer();
      }
    });
  }
}
