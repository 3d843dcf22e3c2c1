package io.linli.web.rest;

import io.linli.api.PermissionNotDeclared;
import io.linli.notice.NoticeForbidden;
import io.linli.plugin.ConsentRequired;
import io.linli.plugin.PluginAdminOnly;
import io.linli.ticket.DispatchRefused;
import io.linli.ticket.IllegalTicketTransition;
import io.linli.ticket.PhotoRejected;
import io.linli.ticket.TicketForbidden;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every error of the REST API into an RFC 9457 problem body. */
public final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  private ProblemMappers() {}

  /** Invalid fields: 400 naming each field (the last node of the validation path, e.g. {@code username}). */
  @Provider
  public static class InvalidFields implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      List<Problem.FieldError> errors = e.getConstraintViolations().stream()
          .map(v -> new Problem.FieldError(field(v), v.getMessage()))
          .sorted(Comparator.comparing(Problem.FieldError::field))
          .toList();
      return Problem.invalid(errors).toResponse().build();
    }

    /** The body's property path ({@code username}), or the name of a path or query parameter ({@code id}). */
    private static String field(ConstraintViolation<?> violation) {
      String field = null;
      String parameter = null;
      for (Path.Node node : violation.getPropertyPath()) {
        if (node.getKind() == ElementKind.PROPERTY) {
          field = field == null ? node.getName() : field + "." + node.getName();
        } else if (node.getKind() == ElementKind.PARAMETER) {
          parameter = node.getName();
        }
      }
      return field != null ? field : parameter != null ? parameter : "(body)";
    }
  }

  /** Malformed JSON, or JSON of the wrong shape. */
  @Provider
  public static class MalformedJson implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return Problem.of(Response.Status.BAD_REQUEST, "the body is not valid JSON for this request").toResponse()
          .build();
    }
  }

  /** Jersey wraps body-reading failures in ProcessingException. */
  @Provider
  public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return Problem.of(Response.Status.BAD_REQUEST, "the body could not be read: it must be valid JSON")
          .toResponse().build();
    }
  }

  /** Errors JAX-RS raises itself (404 for unknown paths, 405, 415 …) and those resources throw. */
  @Provider
  public static class HttpErrors implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response original = e.getResponse();
      Response.Status status = Response.Status.fromStatusCode(original.getStatus());
      if (e.getCause() instanceof JsonbException) {
        return new MalformedJson().toResponse((JsonbException) e.getCause());
      }
      String detail = e instanceof NotFoundException ? "no such resource" : e.getMessage();
      var builder = status == null
          ? Response.status(original.getStatus()).type(Problem.MEDIA_TYPE)
              .entity(new Problem("about:blank", "Error", original.getStatus(), detail, List.of()))
          : Problem.of(status, detail).toResponse();
      original.getHeaders().forEach((name, values) -> {
        if (!"Content-Type".equalsIgnoreCase(name)) {
          values.forEach(v -> builder.header(name, v));
        }
      });
      return builder.build();
    }
  }

  /** Maps an exception to one status, with the exception's own words as the detail. */
  abstract static class WithStatus<E extends Throwable> implements ExceptionMapper<E> {
    private final Response.Status status;

    WithStatus(Response.Status status) {
      this.status = status;
    }

    String detail(E e) {
      return e.getMessage();
    }

    @Override
    public Response toResponse(E e) {
      return Problem.of(status, detail(e)).toResponse().build();
    }
  }

  /** An action the ticket's status does not allow: 409, naming the status. */
  @Provider
  public static class TicketConflicts extends WithStatus<IllegalTicketTransition> {
    public TicketConflicts() {
      super(Response.Status.CONFLICT);
    }
  }

  /** A dispatch rule (a plugin's, such as a certification check) refuses the assignee: 409 with its reason. */
  @Provider
  public static class DispatchRefusals extends WithStatus<DispatchRefused> {
    public DispatchRefusals() {
      super(Response.Status.CONFLICT);
    }
  }

  @Provider
  public static class NoticeRefusals extends WithStatus<NoticeForbidden> {
    public NoticeRefusals() {
      super(Response.Status.FORBIDDEN);
    }
  }

  @Provider
  public static class TicketRefusals extends WithStatus<TicketForbidden> {
    public TicketRefusals() {
      super(Response.Status.FORBIDDEN);
    }
  }

  @Provider
  public static class PluginAdminRefusals extends WithStatus<PluginAdminOnly> {
    public PluginAdminRefusals() {
      super(Response.Status.FORBIDDEN);
    }
  }

  /** A plugin used a platform service it did not declare: refused. */
  @Provider
  public static class PluginPermissionRefusals extends WithStatus<PermissionNotDeclared> {
    public PluginPermissionRefusals() {
      super(Response.Status.FORBIDDEN);
    }
  }

  /** Enabling a plugin without consenting to all it declares: 409, naming each permission under {@code errors}. */
  @Provider
  public static class PluginConsents implements ExceptionMapper<ConsentRequired> {
    @Override
    public Response toResponse(ConsentRequired e) {
      List<Problem.FieldError> missing = e.missing().stream()
          .map(p -> new Problem.FieldError("consent", p.code())).toList();
      return new Problem("about:blank", "Conflict", Response.Status.CONFLICT.getStatusCode(), e.getMessage(), missing)
          .toResponse().build();
    }
  }

  /** Services answer "not there, or not yours" with NoSuchElementException: both are 404, alike. */
  @Provider
  public static class NotFound extends WithStatus<NoSuchElementException> {
    public NotFound() {
      super(Response.Status.NOT_FOUND);
    }

    @Override
    String detail(NoSuchElementException e) {
      return "no such resource";
    }
  }

  /** A domain rule refused a value (an empty reason, a rating of 6 …): 400 with the rule's words. */
  @Provider
  public static class InvalidValues extends WithStatus<IllegalArgumentException> {
    public InvalidValues() {
      super(Response.Status.BAD_REQUEST);
    }
  }

  /** A photo too large (413), not an accepted image (415), or one too many (409). */
  @Provider
  public static class PhotoRefusals implements ExceptionMapper<PhotoRejected> {
    @Override
    public Response toResponse(PhotoRejected e) {
      Response.Status status = switch (e.reason()) {
        case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
        case NOT_AN_IMAGE -> Response.Status.UNSUPPORTED_MEDIA_TYPE;
        case TOO_MANY -> Response.Status.CONFLICT;
      };
      return Problem.of(status, e.getMessage()).toResponse().build();
    }
  }

  /**
   * A transaction that failed at its commit (two requests meeting at a unique key, a deadlock): answered like any
   * other failure below. Ranked first, so that Jersey's own mapper of these, which gives up with a bare 500 when the
   * cause is no web exception, is not chosen instead.
   */
  @Provider
  @jakarta.annotation.Priority(1)
  public static class FailedCommits implements ExceptionMapper<jakarta.transaction.TransactionalException> {
    @Override
    public Response toResponse(jakarta.transaction.TransactionalException e) {
      return new Unexpected().toResponse(e);
    }
  }

  /**
   * Anything else is our fault: log it, tell the client nothing internal. But for two requests doing the same at one
   * moment (two taps on 这解决了我的问题, say), which meet at a unique key, at a flush or at the commit: the first
   * stands, the second is a 409 to reload.
   */
  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
      if (isUniqueKeyClash(e) || causedBy(e, java.sql.SQLTransactionRollbackException.class)) {
        // a deadlock too: the database chose this request to give way
        LOG.log(Level.INFO, "answered 409 to a request that met another at a unique key or a lock: {0}",
            e.getMessage());
        return Problem.of(Response.Status.CONFLICT, "the same was done at the same moment by another request;"
            + " reload to see it").toResponse().build();
      }
      LOG.log(Level.SEVERE, "unexpected error in the REST API", e);
      return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "an unexpected error occurred").toResponse()
          .build();
    }
  }

  /** @return whether the failure is a row that met another request's at a unique key, at a flush or the commit */
  static boolean isUniqueKeyClash(Throwable e) {
    return causedBy(e, java.sql.SQLIntegrityConstraintViolationException.class);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (kind.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }
}
