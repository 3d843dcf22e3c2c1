package io.linli.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The far side of Linli's outbound channels on loopback, for the integration tests: an SMS gateway at {@code /sms}
 * that records each JSON post and answers 500 as often as a test asks it to for a number, and browsers' push
 * services at {@code /push/<name>} that record what they are sent (headers and the encrypted body's length).
 */
public final class FakeGateway implements AutoCloseable {

  /** A request as it arrived. */
  public record Received(String path, Map<String, List<String>> headers, String body, int bodyLength) {}

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

  private FakeGateway(HttpServer server) {
    this.server = server;
  }

  public static FakeGateway start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      FakeGateway gateway = new FakeGateway(server);
      server.createContext("/", gateway::handle);
      server.start();
      return gateway;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] bytes = exchange.getRequestBody().readAllBytes();
    String path = exchange.getRequestURI().getPath();
    String body = path.startsWith("/push") ? "" : new String(bytes, StandardCharsets.UTF_8);
    received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body, bytes.length));
    AtomicInteger toFail = failures.entrySet().stream().filter(f -> body.contains(f.getKey()))
        .map(Map.Entry::getValue).findFirst().orElse(null);
    int status = toFail != null && toFail.getAndDecrement() > 0 ? 500 : path.startsWith("/push") ? 201 : 200;
    byte[] answer = (status == 500 ? "{\"error\":\"gateway busy\"}" : "{\"status\":\"ACCEPTED\"}")
        .getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, answer.length);
    exchange.getResponseBody().write(answer);
    exchange.close();
  }

  /** The next {@code times} requests whose body mentions {@code text} (a phone number, say) get a 500. */
  public void failNext(String text, int times) {
    failures.put(text, new AtomicInteger(times));
  }

  /** @return the requests received so far to paths starting with {@code path} whose body contains {@code text} */
  public List<Received> received(String path, String text) {
    return received.stream().filter(r -> r.path().startsWith(path) && r.body().contains(text)).toList();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
