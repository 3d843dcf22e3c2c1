package io.linli.web.rest;

import static io.linli.web.rest.StaffRoles.TENANT_ADMIN;

import io.linli.identity.SignedInUser;
import io.linli.onboarding.ImportFile;
import io.linli.onboarding.ImportFileRejected;
import io.linli.onboarding.ImportForbidden;
import io.linli.onboarding.ImportJob;
import io.linli.onboarding.ImportService;
import io.linli.onboarding.RowError;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** 批量导入: the company admin imports regions, projects, buildings, households and residents from an Excel roll. */
@Path("imports")
@RequestScoped
@RolesAllowed(TENANT_ADMIN)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

  @Inject ImportService imports;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  /** One reason a row did not go in, in the caller's language; {@code column} is empty for the whole row. */
  public record ErrorJson(int row, String column, String reason) {
    static ErrorJson of(RowError e, Locale locale) {
      return new ErrorJson(e.row(), e.columnHeader(locale), e.reason(locale));
    }
  }

  /** An import: RUNNING until every row is written or rejected, then DONE (FAILED only when it could not go on). */
  public record ImportJson(long id, String fileName, String status, int totalRows, int doneRows, int percentDone,
      int inserted, int updated, int unchanged, int failed, String startedBy, Instant startedAt, Instant finishedAt,
      List<ErrorJson> errors) {
    static ImportJson of(ImportJob job, List<ErrorJson> errors) {
      return new ImportJson(job.id(), job.fileName(), job.status().name(), job.totalRows(), job.doneRows(),
          job.percentDone(), job.inserted(), job.updated(), job.unchanged(), job.failed(),
          job.startedBy().displayName(), job.startedAt(), job.finishedAt(), errors);
    }
  }

  /**
   * Starts an import of the raw .xlsx body (at most 10 MB): 202 with the job to poll at its Location. 415 for a body
   * that is no .xlsx workbook (judged by its bytes), 413 when too large, 400 when a required column is missing.
   */
  @POST
  @Consumes(Spreadsheets.XLSX)
  public Response start(@QueryParam("fileName") String fileName, InputStream body) throws IOException {
    byte[] content = body.readNBytes(ImportFile.MAX_BYTES + 1); // one byte more tells "too large" without reading it all
    ImportJob job = imports.start(user(), fileName, content);
    return Response.accepted(ImportJson.of(job, List.of()))
        .location(URI.create("/api/imports/" + job.id())).build();
  }

  /** How far the import has come, its counts, and every reason a row did not go in. */
  @GET
  @Path("{id}")
  public ImportJson job(@PathParam("id") long id) {
    Locale locale = locale();
    ImportJob job = imports.job(user(), id);
    return ImportJson.of(job, imports.errors(user(), id).stream().map(e -> ErrorJson.of(e, locale)).toList());
  }

  /**
   * The rows that did not go in, with a 错误原因 column: fix them and import the file again. An .xlsx whatever the
   * client accepts, like a photo.
   */
  @GET
  @Path("{id}/errors.xlsx")
  @Produces(MediaType.WILDCARD)
  public Response rejectedRows(@PathParam("id") long id) throws IOException {
    Locale locale = locale();
    return Spreadsheets.attachment("import-" + id + "-errors.xlsx",
        out -> imports.writeRejectedRows(user(), id, locale, out));
  }

  /** The empty roll to fill in, with example rows, in the caller's language. */
  @GET
  @Path("template")
  @Produces(Spreadsheets.XLSX)
  public Response template() throws IOException {
    Locale locale = locale();
    return Spreadsheets.attachment("import-template.xlsx", out -> imports.writeTemplate(locale, out));
  }

  private Locale locale() {
    return headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.SIMPLIFIED_CHINESE);
  }

  private SignedInUser user() {
    return (SignedInUser) security.getUserPrincipal();
  }

  /** A file that is too large (413), no .xlsx workbook (415), or a sheet without the columns needed (400). */
  @Provider
  public static class FileRefusals implements jakarta.ws.rs.ext.ExceptionMapper<ImportFileRejected> {
    @Override
    public Response toResponse(ImportFileRejected e) {
      Response.Status status = switch (e.reason()) {
        case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
        case NOT_XLSX -> Response.Status.UNSUPPORTED_MEDIA_TYPE;
        case UNREADABLE -> Response.Status.BAD_REQUEST;
      };
      return Problem.of(status, e.getMessage()).toResponse().build();
    }
  }

  @Provider
  public static class ImportRefusals extends ProblemMappers.WithStatus<ImportForbidden> {
    public ImportRefusals() {
      super(Response.Status.FORBIDDEN);
    }
  }
}
