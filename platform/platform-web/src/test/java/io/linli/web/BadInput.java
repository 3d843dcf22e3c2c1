package io.linli.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A fuzzer of the REST API. It reads the operations and their request schemas from the OpenAPI document and makes,
 * for each operation, malformed requests of every kind below from a valid-looking base request; then random
 * combinations of the same until there are as many as asked. Everything comes from one seed, so a failing request is
 * found again by its seed and number.
 */
final class BadInput {

  /** Scripts that, run, leave a mark: {@code window.__xss} set or the title changed. */
  static final List<String> XSS = List.of(
      "<script>window.__xss=1;document.title='XSS'</script>",
      "<img src=x onerror=\"window.__xss=1;document.title='XSS'\">",
      "<svg onload=\"window.__xss=1\"></svg>",
      "<a href=\"javascript:window.__xss=1\">点我</a>",
      "\"><script>window.__xss=1</script>",
      "'><img src=x onerror=window.__xss=1>",
      "</textarea><iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
      "javascript:window.__xss=1",
      "<details open ontoggle=window.__xss=1>",
      "{{constructor.constructor('window.__xss=1')()}}");

  static final List<String> TRAVERSAL = List.of("../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2fetc",
      "/etc/passwd", "....//....//etc/passwd", "file:///etc/passwd", "..%00.png");

  /** Path parameter values, already as they go in the URL. */
  static final List<String> PATH_VALUES = List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
      "..%252f..%252fetc", "..", "-1", "0", "9223372036854775808", "-9223372036854775809", "1e309", "1.5", "abc",
      "%00", "%FF%FE", "%E5%B7%A5%E5%8D%95", "%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E", "%20", "99999999999",
      "NaN", "0x10", "1;drop%20table%20ticket");

  static final List<String> QUERY_VALUES = List.of("-1", "0", "9223372036854775808", "-9223372036854775809", "1e309",
      "NaN", "abc", "", "2026-13-45", "2026-02-30T25:61", "true", "../../etc/passwd", "%00", "%FF", "'%20or%201=1--",
      XSS.get(0), "x".repeat(4000));

  static final List<String> NUMBERS = List.of("9223372036854775808", "-9223372036854775809", "-1", "0", "1e309",
      "-1e309", "1.5", "2147483648", "-2147483649", "1e-400", "123456789012345678901234567890", "0.0000001");

  private static final List<String> WRONG_TYPES = List.of("\"x\"", "123", "true", "null", "{}", "[]", "[1,2]",
      "{\"a\":{\"b\":[]}}", "\"\"", "-0.5");

  private static final List<String> ACCEPTS = List.of("application/xml", "text/html", "garbage;;q=x");

  private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
      "application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=ISO-8859-1",
      "application/json; charset=nonsense", "image/png", "*/*", "garbage", "");

  /** What the invalid UTF-8 variants put inside a string: a stray byte, a cut sequence, an overlong '/', a surrogate. */
  private static final List<byte[]> BAD_UTF8 = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, '('},
      new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      new byte[] {(byte) 0xE5, (byte) 0xB7});

  /** One operation of the document, with what its request is made of. */
  record Operation(String method, String path, List<Param> parameters, String bodyType, Map<String, Field> fields) {
    boolean hasBody() {
      return bodyType != null;
    }

    boolean jsonBody() {
      return bodyType != null && bodyType.contains("json");
    }

    String key() {
      return method + " " + path;
    }
  }

  /** A path, query or header parameter. */
  record Param(String name, String in, String type) {}

  /** A field of a JSON body: its type in the schema (string, integer, number, boolean, array, object, enum). */
  record Field(String type, List<String> values) {}

  /** A request to send. */
  record Case(int number, String kind, Operation operation, String who, String path, String query,
      Map<String, String> headers, String contentType, byte[] body) {
    String replay() {
      String text = body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
      return "#" + number + " [" + kind + ", " + who + "] " + operation.method() + " " + path
          + (query.isEmpty() ? "" : "?" + (query.length() > 200 ? query.substring(0, 200) + "…" : query))
          + " " + headers + " Content-Type: " + contentType
          + (body == null ? "" : " body(" + body.length + " bytes): " + text);
    }
  }

  /** What came back, for one case. */
  record Answer(Case request, int status, String contentType, String body) {}

  static List<Operation> operations(JsonObject openApi) {
    JsonObject schemas = openApi.containsKey("components")
        && openApi.getJsonObject("components").containsKey("schemas")
        ? openApi.getJsonObject("components").getJsonObject("schemas") : JsonValue.EMPTY_JSON_OBJECT;
    List<Operation> operations = new ArrayList<>();
    new TreeMap<>(openApi.getJsonObject("paths")).forEach((path, item) -> {
      for (String method : List.of("get", "post", "put", "delete", "patch")) {
        JsonObject operation = item.asJsonObject().getJsonObject(method);
        if (operation == null) {
          continue;
        }
        List<Param> parameters = new ArrayList<>();
        for (JsonValue p : operation.getJsonArray("parameters") == null ? JsonValue.EMPTY_JSON_ARRAY
            : operation.getJsonArray("parameters")) {
          JsonObject parameter = p.asJsonObject();
          parameters.add(new Param(parameter.getString("name"), parameter.getString("in"),
              typeOf(parameter.getJsonObject("schema"), schemas).type()));
        }
        // a sub-resource locator's parameter (plugins' /api/plugins/{pluginId}/…) is in the path, not in the list
        java.util.regex.Matcher template = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (template.find()) {
          String name = template.group(1);
          if (parameters.stream().noneMatch(p -> p.in().equals("path") && p.name().equals(name))) {
            parameters.add(new Param(name, "path", "string"));
          }
        }
        String bodyType = null;
        Map<String, Field> fields = new LinkedHashMap<>();
        JsonObject requestBody = operation.getJsonObject("requestBody");
        if (requestBody != null && requestBody.containsKey("content")) {
          JsonObject content = requestBody.getJsonObject("content");
          bodyType = content.keySet().iterator().next();
          JsonObject schema = resolve(content.getJsonObject(bodyType).getJsonObject("schema"), schemas);
          if (schema != null && schema.containsKey("properties")) {
            schema.getJsonObject("properties").forEach((name, s) -> fields.put(name, typeOf(s.asJsonObject(), schemas)));
          }
        }
        operations.add(new Operation(method.toUpperCase(), path, parameters, bodyType, fields));
      }
    });
    return operations;
  }

  private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
    if (schema != null && schema.containsKey("$ref")) {
      String ref = schema.getString("$ref");
      return schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return schema;
  }

  private static Field typeOf(JsonObject schema, JsonObject schemas) {
    JsonObject resolved = resolve(schema, schemas);
    if (resolved == null) {
      return new Field("string", List.of());
    }
    if (resolved.containsKey("enum")) {
      return new Field("enum", resolved.getJsonArray("enum").stream().map(v -> v.toString().replace("\"", ""))
          .toList());
    }
    return new Field(resolved.getString("type", resolved.containsKey("properties") ? "object" : "string"), List.of());
  }

  /**
   * Makes the cases; {@code base} gives an operation a valid-looking body, {@code pathValue} a path parameter's;
   * the fields in {@code pinned} ("POST /api/auth/token tenant") keep their base value.
   */
  static List<Case> cases(List<Operation> operations, long seed, int atLeast, Function<Operation, JsonObject> base,
      BiFunction<Operation, Param, String> pathValue, java.util.Set<String> pinned, List<String> who) {
    Generator generator = new Generator(new Random(seed), base, pathValue, pinned, who);
    for (Operation operation : operations) {
      generator.everyKind(operation);
    }
    List<Operation> withInput = operations.stream()
        .filter(o -> o.hasBody() || !o.parameters().isEmpty()).toList();
    while (generator.cases.size() < atLeast) {
      generator.anyKind(withInput.get(generator.random.nextInt(withInput.size())));
    }
    return generator.cases;
  }

  /** Sends the cases from a few threads; each gets its answer, in the cases' order. */
  static List<Answer> send(URI server, List<Case> cases, Map<String, String> tokens, int threads)
      throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    Answer[] answers = new Answer[cases.size()];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int t = 0; t < threads; t++) {
      pool.execute(() -> {
        for (int i = next.getAndIncrement(); i < cases.size(); i = next.getAndIncrement()) {
          answers[i] = send(http, server, cases.get(i), tokens.get(cases.get(i).who()));
        }
      });
    }
    pool.shutdown();
    if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
      throw new AssertionError("the fuzzer did not finish in 10 minutes");
    }
    return List.of(answers);
  }

  private static Answer send(HttpClient http, URI server, Case request, String token) {
    try {
      return exchange(http, server, request, token);
    } catch (RuntimeException e) {
      return new Answer(request, 0, "", "not sent: " + e);
    }
  }

  private static Answer exchange(HttpClient http, URI server, Case request, String token) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.toString().replaceAll("/$", "")
            + request.path() + (request.query().isEmpty() ? "" : "?" + request.query())))
        .timeout(Duration.ofSeconds(60))
        .method(request.operation().method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    if (!request.contentType().isEmpty()) {
      builder.header("Content-Type", request.contentType());
    }
    request.headers().forEach(builder::header);
    try {
      HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(request, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      return new Answer(request, 0, "", "no answer: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A bare 400 the HTTP server gives, before any servlet, to a URL it cannot decode (a {@code %00}, an encoding that
   * is no UTF-8): the application never sees the request, so it cannot answer with a problem.
   */
  static boolean refusedAtTheDoor(Answer answer) {
    return answer.status() == 400 && answer.contentType().isEmpty() && answer.body().isEmpty()
        && answer.request().kind().equals("path-param") && answer.request().path().matches(".*%(00|FF|ff).*");
  }

  /** @return why the answer is wrong (a 5xx, no answer, an error without a problem body), or null when it is fine */
  static String fault(Answer answer) {
    if (refusedAtTheDoor(answer)) {
      return null;
    }
    if (answer.status() == 0 || answer.status() >= 500) {
      return "status " + answer.status();
    }
    if (answer.status() < 400) {
      return null;
    }
    if (!answer.contentType().startsWith("application/problem+json")) {
      return answer.status() + " without a problem body (" + answer.contentType() + ")";
    }
    try {
      JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
      return problem.getInt("status") == answer.status() && problem.containsKey("title") ? null
          : answer.status() + " with a problem body that does not say its status";
    } catch (RuntimeException e) {
      return answer.status() + " with a problem body that is no JSON object";
    }
  }

  /** A table of statuses by kind of request, and the totals. */
  static String report(List<Answer> answers) {
    Map<String, Map<Integer, Integer>> byKind = new TreeMap<>();
    Map<Integer, Integer> total = new TreeMap<>();
    for (Answer a : answers) {
      byKind.computeIfAbsent(a.request().kind(), k -> new TreeMap<>()).merge(a.status(), 1, Integer::sum);
      total.merge(a.status(), 1, Integer::sum);
    }
    StringBuilder table = new StringBuilder();
    byKind.forEach((kind, statuses) -> table.append(String.format("  %-16s %6d  %s%n", kind,
        statuses.values().stream().mapToInt(Integer::intValue).sum(), statuses)));
    table.append(String.format("  %-16s %6d  %s%n", "all", answers.size(), total));
    return table.toString();
  }

  /** Makes the cases of one operation, from its base request. */
  private static final class Generator {
    final Random random;
    final List<Case> cases = new ArrayList<>();
    private final Function<Operation, JsonObject> base;
    private final BiFunction<Operation, Param, String> pathValue;
    private final java.util.Set<String> pinned;
    private final List<String> who;

    Generator(Random random, Function<Operation, JsonObject> base,
        BiFunction<Operation, Param, String> pathValue, java.util.Set<String> pinned, List<String> who) {
      this.random = random;
      this.base = base;
      this.pathValue = pathValue;
      this.pinned = pinned;
      this.who = who;
    }

    /** Every kind of bad input, once each for each parameter and field, from every caller. */
    void everyKind(Operation o) {
      for (String accept : ACCEPTS) {
        JsonObject body = o.jsonBody() ? base.apply(o) : null;
        add("accept", o, Map.of(), null, body == null ? null : "application/json", bytes(body),
            Map.of("Accept", accept, "Accept-Language", accept.equals("garbage;;q=x") ? "zh-CN;q=abc,,;" : "en"));
      }
      for (Param p : o.parameters()) {
        for (String value : p.in().equals("path") ? PATH_VALUES : QUERY_VALUES) {
          parameter(o, p, value);
        }
      }
      if (!o.hasBody()) {
        if (o.parameters().isEmpty()) {
          add("plain", o, Map.of(), null, null, null);
        }
        return;
      }
      if (!o.jsonBody()) {
        binary(o);
        return;
      }
      JsonObject body = base.apply(o);
      for (String broken : broken(body)) {
        add("broken-json", o, Map.of(), null, "application/json", broken.getBytes(StandardCharsets.UTF_8));
      }
      add("broken-json", o, Map.of(), null, "application/json", "[".repeat(100_000).getBytes(StandardCharsets.UTF_8));
      add("broken-json", o, Map.of(), null, "application/json",
          ("{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)).getBytes(StandardCharsets.UTF_8));
      for (String type : CONTENT_TYPES) {
        add("content-type", o, Map.of(), null, type, body.toString().getBytes(StandardCharsets.UTF_8));
      }
      for (String name : fieldsOf(o, body)) {
        Field field = o.fields().getOrDefault(name, new Field("string", List.of()));
        for (String value : WRONG_TYPES) {
          with(o, body, "wrong-type", name, value);
        }
        with(o, body, "missing-field", name, null);
        if (!field.type().equals("integer") && !field.type().equals("number") && !field.type().equals("boolean")) {
          with(o, body, "huge-string", name, quote("长".repeat(350_000))); // ≈ 1 MB in UTF-8
          for (String script : XSS) {
            with(o, body, "script", name, quote(script));
          }
          for (String path : TRAVERSAL) {
            with(o, body, "traversal", name, quote(path));
          }
          for (byte[] bad : BAD_UTF8) {
            invalidUtf8(o, body, name, bad);
          }
        }
        if (!field.type().equals("string") && !field.type().equals("boolean")) {
          for (String number : NUMBERS) {
            with(o, body, "number", name, number);
          }
        }
        if (field.type().equals("array")) {
          with(o, body, "huge-array", name, "[" + String.join(",", Collections.nCopies(20_000, "1")) + "]");
        }
        if (field.type().equals("enum")) {
          with(o, body, "bad-enum", name, quote("NOT_A_VALUE"));
          with(o, body, "bad-enum", name, quote(field.values().get(0).toLowerCase()));
        }
      }
    }

    /** One kind of bad input, chosen at random, in a place chosen at random. */
    void anyKind(Operation o) {
      List<Param> parameters = o.parameters();
      if (!o.jsonBody() || (!parameters.isEmpty() && random.nextInt(4) == 0)) {
        if (parameters.isEmpty()) {
          binary(o);
          return;
        }
        Param p = parameters.get(random.nextInt(parameters.size()));
        List<String> values = p.in().equals("path") ? PATH_VALUES : QUERY_VALUES;
        parameter(o, p, values.get(random.nextInt(values.size())));
        return;
      }
      JsonObject body = base.apply(o);
      List<String> names = fieldsOf(o, body);
      if (names.isEmpty()) {
        List<String> broken = broken(body);
        add("broken-json", o, Map.of(), null, "application/json",
            broken.get(random.nextInt(broken.size())).getBytes(StandardCharsets.UTF_8));
        return;
      }
      String name = names.get(random.nextInt(names.size()));
      switch (random.nextInt(5)) {
        case 0 -> with(o, body, "wrong-type", name, WRONG_TYPES.get(random.nextInt(WRONG_TYPES.size())));
        case 1 -> with(o, body, "script", name, quote(XSS.get(random.nextInt(XSS.size()))));
        case 2 -> with(o, body, "number", name, NUMBERS.get(random.nextInt(NUMBERS.size())));
        case 3 -> invalidUtf8(o, body, name, BAD_UTF8.get(random.nextInt(BAD_UTF8.size())));
        default -> with(o, body, "traversal", name, quote(TRAVERSAL.get(random.nextInt(TRAVERSAL.size()))));
      }
    }

    private List<String> fieldsOf(Operation o, JsonObject body) {
      List<String> names = new ArrayList<>(o.fields().keySet());
      body.keySet().stream().filter(k -> !names.contains(k)).forEach(names::add);
      names.removeIf(name -> pinned.contains(o.key() + " " + name));
      return names;
    }

    /** A photo or a spreadsheet: what is not one, what only says it is one, and nothing. */
    private void binary(Operation o) {
      byte[] html = "<html><script>window.__xss=1</script></html>".getBytes(StandardCharsets.UTF_8);
      byte[] pngThenHtml = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, html);
      add("upload", o, Map.of(), null, o.bodyType(), html);
      add("upload", o, Map.of(), null, o.bodyType(), new byte[0]);
      add("upload", o, Map.of(), null, o.bodyType(), new byte[] {(byte) 0x89, 'P'});
      add("upload", o, Map.of(), null, o.bodyType(), pngThenHtml);
      add("upload", o, Map.of(), null, o.bodyType(), "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1));
      add("upload", o, Map.of(), null, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
      add("upload", o, Map.of(), null, "text/html", html);
      add("upload", o, Map.of(), null, "", html);
      for (String name : TRAVERSAL) {
        add("traversal", o, Map.of(), "fileName=" + URLEncoder.encode(name, StandardCharsets.UTF_8), o.bodyType(),
            pngThenHtml);
      }
    }

    private void parameter(Operation o, Param p, String value) {
      String kind = p.in().equals("path") ? "path-param" : p.in() + "-param";
      JsonObject body = o.jsonBody() ? base.apply(o) : null;
      if (p.in().equals("header")) {
        if (value.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
          add(kind, o, Map.of(p.name(), value), null, body == null ? null : "application/json", bytes(body));
        }
        return;
      }
      String query = p.in().equals("query") ? p.name() + "=" + encodeQuery(value) : null;
      add(kind, o, p.in().equals("path") ? Map.of(p.name(), value) : Map.of(), query,
          body == null ? null : "application/json", bytes(body));
    }

    private void with(Operation o, JsonObject body, String kind, String name, String json) {
      LinkedHashMap<String, String> fields = new LinkedHashMap<>();
      body.forEach((k, v) -> fields.put(k, v.toString()));
      if (json == null) {
        fields.remove(name);
      } else {
        fields.put(name, json);
      }
      StringBuilder text = new StringBuilder("{");
      fields.forEach((k, v) -> text.append(text.length() > 1 ? "," : "").append(quote(k)).append(':').append(v));
      add(kind, o, Map.of(), null, "application/json", text.append('}').toString().getBytes(StandardCharsets.UTF_8));
    }

    private void invalidUtf8(Operation o, JsonObject body, String name, byte[] bad) {
      String marker = "\u0001MARK\u0001";
      LinkedHashMap<String, String> fields = new LinkedHashMap<>();
      body.forEach((k, v) -> fields.put(k, v.toString()));
      fields.put(name, "\"报事" + marker + "\"");
      StringBuilder text = new StringBuilder("{");
      fields.forEach((k, v) -> text.append(text.length() > 1 ? "," : "").append(quote(k)).append(':').append(v));
      String[] halves = text.append('}').toString().split(marker);
      add("invalid-utf8", o, Map.of(), null, "application/json", concat(halves[0].getBytes(StandardCharsets.UTF_8),
          concat(bad, halves[1].getBytes(StandardCharsets.UTF_8))));
    }

    private List<String> broken(JsonObject body) {
      String text = body.toString();
      List<String> broken = new ArrayList<>(List.of("", "{", "}", "{\"", "nul", "[]", "\"text\"", "42", "null",
          "{\"a\":}", "{'a': 1}", "{\"a\": 1,}", "{\"a\": NaN}", "{\"a\": 01}", "{\"a\": \"\\u12\"}", "\u0000",
          "{\"a\": \"unterminated}", text + text, text + ",", "<xml/>"));
      for (int cut = 1; cut < text.length(); cut += Math.max(1, text.length() / 5)) {
        broken.add(text.substring(0, cut));
      }
      return broken;
    }

    /** Adds the case once for each caller; {@code given} replaces the valid values of those path or header params. */
    private void add(String kind, Operation o, Map<String, String> given, String query, String contentType,
        byte[] body) {
      add(kind, o, given, query, contentType, body, Map.of());
    }

    private void add(String kind, Operation o, Map<String, String> given, String query, String contentType,
        byte[] body, Map<String, String> extraHeaders) {
      String path = o.path();
      Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
      for (Param p : o.parameters()) {
        if (p.in().equals("path")) {
          path = path.replace("{" + p.name() + "}", given.getOrDefault(p.name(), pathValue.apply(o, p)));
        } else if (p.in().equals("header") && given.containsKey(p.name())) {
          headers.put(p.name(), given.get(p.name()));
        }
      }
      for (String caller : who) {
        cases.add(new Case(cases.size(), kind, o, caller, path, query == null ? "" : query, headers,
            contentType == null ? "" : contentType, body));
      }
    }
  }

  private static String encodeQuery(String value) {
    return value.matches("[-0-9a-zA-Z.%'=_]*") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(JsonObject body) {
    return body == null ? null : body.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String quote(String text) {
    return Json.createValue(text).toString();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  /** @return a JSON object from text */
  static JsonObject object(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  private BadInput() {}
}
