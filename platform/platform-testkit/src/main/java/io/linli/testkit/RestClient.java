package io.linli.testkit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON client for black-box tests of the REST API. */
public final class RestClient {

  private final URI base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public RestClient(URI base) {
    this.base = base;
  }

  /** A response: its status, raw body and body as JSON (null when it is not JSON), and its headers. */
  public record Response(int status, String contentType, String body, HttpHeaders headers) {
    public Response(int status, String contentType, String body) {
      this(status, contentType, body, HttpHeaders.of(java.util.Map.of(), (name, value) -> true));
    }

    /** @return the first value of the header, or null */
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public JsonStructure json() {
      return body.isBlank() ? null : Json.createReader(new StringReader(body)).read();
    }

    public JsonObject object() {
      return (JsonObject) json();
    }
  }

  public Response get(String path, String token) {
    return send(request(path, token).GET().build());
  }

  /** @param headers further request headers, as name, value, name, value … */
  public Response post(String path, String token, String json, String... headers) {
    HttpRequest.Builder request = json(path, token, headers);
    return send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** @param headers further request headers, as name, value, name, value … */
  public Response put(String path, String token, String json, String... headers) {
    HttpRequest.Builder request = json(path, token, headers);
    return send(request.PUT(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  public Response delete(String path, String token) {
    return send(request(path, token).DELETE().build());
  }

  /** Posts raw bytes, such as a photo. */
  public Response postBytes(String path, String token, String contentType, byte[] body) {
    return send(request(path, token).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  /** A binary response, such as an Excel export. */
  public record Download(int status, String contentType, byte[] body) {}

  /** Gets a file in the given language ({@code Accept-Language}). */
  public Download download(String path, String token, String language) {
    HttpResponse<byte[]> response = exchange(request(path, token).setHeader("Accept", "*/*")
        .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
        response.body());
  }

  /** @return a bearer token for a staff member; fails the test if sign-in fails */
  public String staffToken(String tenant, String username, String password) {
    return token(Json.createObjectBuilder()
        .add("tenant", tenant).add("username", username).add("password", password).build());
  }

  /** @return a bearer token for a resident, who signs in with their mobile number */
  public String residentToken(String tenant, String phone, String password) {
    return token(Json.createObjectBuilder()
        .add("kind", "resident").add("tenant", tenant).add("username", phone).add("password", password).build());
  }

  public String operatorToken(String username, String password) {
    return token(Json.createObjectBuilder()
        .add("kind", "operator").add("username", username).add("password", password).build());
  }

  private String token(JsonObject credentials) {
    Response response = post("/api/auth/token", null, credentials.toString());
    if (response.status() != 200) {
      throw new AssertionError("sign-in failed: " + response.status() + " " + response.body());
    }
    return response.object().getString("access_token");
  }

  private HttpRequest.Builder json(String path, String token, String... headers) {
    HttpRequest.Builder request = request(path, token).header("Content-Type", "application/json");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return request;
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private Response send(HttpRequest request) {
    HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
    return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
        response.body(), response.headers());
  }

  private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
