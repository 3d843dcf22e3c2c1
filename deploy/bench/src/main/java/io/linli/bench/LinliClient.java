package io.linli.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST API as the owner app and integrations call it, over the JDK's HTTP client. HTTP/1.1 with keep-alive, one
 * connection per concurrent caller, as a fleet of app backends would hold them. JSON is written and read by hand:
 * the bench sends a handful of fields and reads one or two back.
 */
final class LinliClient {

  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\"?(\\d+)");

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final URI server;

  LinliClient(URI server) {
    this.server = server;
  }

  /**
   * Signs in once; callers reuse the token (sign-in is throttled per account, and hashing a password is meant to
   * be slow).
   *
   * @param kind staff or resident
   */
  String signIn(String kind, String tenant, String username, String password) throws IOException,
      InterruptedException {
    HttpResponse<String> response = send(HttpRequest.newBuilder(server.resolve("/api/auth/token"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":" + json(kind) + ",\"tenant\":" + json(tenant)
            + ",\"username\":" + json(username) + ",\"password\":" + json(password) + "}")), 200);
    Matcher token = ACCESS_TOKEN.matcher(response.body());
    if (!token.find()) {
      throw new IOException("no access_token in " + response.body());
    }
    return token.group(1);
  }

  /** Files a ticket for a household, as an agent does for an owner who phoned; expects 201 Created. */
  void file(String token, String idempotencyKey, long householdId, TicketMix.Report report)
      throws IOException, InterruptedException {
    send(filing(token, idempotencyKey, householdId, report), 201);
  }

  /** A ticket filed: 201 for the first request of its key, 200 for a replay; the ticket's id either way. */
  record Filed(int status, long id) {}

  /**
   * Files a ticket, or learns it was filed already: a retry of a request whose answer was lost.
   *
   * @param householdId null when an owner files for their own household
   */
  Filed fileOrReplay(String token, String idempotencyKey, Long householdId, TicketMix.Report report)
      throws IOException, InterruptedException {
    HttpResponse<String> response = send(filing(token, idempotencyKey, householdId, report), 201, 200);
    return new Filed(response.statusCode(), id(response.body()));
  }

  /** @return the first {@code "id"} of a JSON object: its own when it holds no objects with ids */
  static long id(String json) throws IOException {
    Matcher id = ID.matcher(json);
    if (!id.find()) {
      throw new IOException("no id in " + json);
    }
    return Long.parseLong(id.group(1));
  }

  private HttpRequest.Builder filing(String token, String idempotencyKey, Long householdId,
      TicketMix.Report report) {
    String body = "{" + (householdId == null ? "" : "\"householdId\":" + householdId + ",")
        + "\"category\":" + json(report.category())
        + ",\"priority\":" + json(report.priority()) + ",\"channel\":" + json(report.channel())
        + ",\"title\":" + json(report.title()) + ",\"description\":" + json(report.description()) + "}";
    return HttpRequest.newBuilder(server.resolve("/api/tickets"))
        .header("Authorization", "Bearer " + token)
        .header("Idempotency-Key", idempotencyKey)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  /** @return the body of a GET that must answer 200 */
  String get(String token, String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(server.resolve(path)).header("Authorization", "Bearer " + token).GET(), 200)
        .body();
  }

  /** @return the body of a POST or PUT of JSON that must answer 200 or 201 */
  String send(String token, String method, String path, String json) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(server.resolve(path))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json)), 200, 201).body();
  }

  /**
   * Reads a page of the caller's queue.
   *
   * @param query e.g. {@code limit=20&status=RECEIVED}
   * @return the cursor of the next page, or null on the last
   */
  String queue(String token, String query) throws IOException, InterruptedException {
    HttpResponse<String> response = send(HttpRequest.newBuilder(server.resolve("/api/tickets?" + query))
        .header("Authorization", "Bearer " + token).GET(), 200);
    Matcher next = NEXT.matcher(response.body());
    return next.find() ? next.group(1) : null;
  }

  /** The cheapest answer the server gives: the floor under every other request's latency. */
  void status() throws IOException, InterruptedException {
    send(HttpRequest.newBuilder(server.resolve("/api/status")).GET(), 200);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, int... expected)
      throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (Arrays.stream(expected).noneMatch(code -> code == response.statusCode())) {
      String body = response.body();
      throw new UnexpectedStatus(response.statusCode(), "HTTP " + response.statusCode() + " from "
          + response.request().uri().getPath() + ": " + body.substring(0, Math.min(200, body.length())));
    }
    return response;
  }

  /** An answer other than the one expected: its status says whether trying again may help. */
  static final class UnexpectedStatus extends IOException {
    final int status;

    UnexpectedStatus(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  static String json(String text) {
    if (text == null) {
      return "null";
    }
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
