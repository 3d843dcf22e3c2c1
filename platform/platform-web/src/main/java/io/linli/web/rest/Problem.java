package io.linli.web.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem body. {@code errors} names each invalid field of a request, so a client can show the
 * message next to it.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  /** One invalid field and what is wrong with it. */
  public record FieldError(String field, String message) {}

  public static Problem of(Response.Status status, String detail) {
    return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, List.of());
  }

  public static Problem invalid(List<FieldError> errors) {
    return new Problem("about:blank", "Bad Request", 400,
        "the request has invalid fields: " + String.join(", ", errors.stream().map(FieldError::field).toList()),
        errors);
  }

  public Response.ResponseBuilder toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this);
  }
}
