package io.linli.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Writes a real PF4J plugin jar from classes on the test class path: the manifest (id, version, requires,
 * permissions), the extension index PF4J's annotation processor would write, and the classes' bytes. After PF4J's
 * own {@code PluginJar} test builder.
 */
public final class PluginJar {

  private final String id;
  private final Map<String, String> manifest = new LinkedHashMap<>();
  private final List<Class<?>> extensions = new ArrayList<>();
  private final Set<Class<?>> classes = new LinkedHashSet<>(); // a class named twice is packed once

  private PluginJar(String id) {
    this.id = id;
    manifest.put("Plugin-Id", id);
    manifest.put("Plugin-Version", "1.0.0");
  }

  public static PluginJar plugin(String id) {
    return new PluginJar(id);
  }

  public PluginJar version(String version) {
    manifest.put("Plugin-Version", version);
    return this;
  }

  /** @param requires e.g. {@code >=0.1.0} */
  public PluginJar requires(String requires) {
    manifest.put("Plugin-Requires", requires);
    return this;
  }

  /** @param permissions e.g. {@code tickets.read,tickets.comment} */
  public PluginJar permissions(String permissions) {
    manifest.put("Plugin-Permissions", permissions);
    return this;
  }

  /** An extension class: indexed and packed, with its nested classes. */
  public PluginJar extension(Class<?> type) {
    extensions.add(type);
    return withClass(type);
  }

  /** Another class the plugin needs, with its nested classes. */
  public PluginJar withClass(Class<?> type) {
    classes.add(type);
    classes.addAll(List.of(type.getDeclaredClasses()));
    return this;
  }

  /** @return the jar written into {@code directory} */
  public Path writeTo(Path directory) {
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.forEach((name, value) -> mf.getMainAttributes().putValue(name, value));
    Path jar = directory.resolve(id + ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), mf)) {
      out.putNextEntry(new JarEntry("META-INF/extensions.idx"));
      for (Class<?> extension : extensions) {
        out.write((extension.getName() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      for (Class<?> type : classes) {
        String name = type.getName().replace('.', '/') + ".class";
        out.putNextEntry(new JarEntry(name));
        try (InputStream bytes = type.getClassLoader().getResourceAsStream(name)) {
          bytes.transferTo(out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jar;
  }

  /** Writes bytes that are no plugin at all, as a damaged upload would be. */
  public static Path broken(Path directory, String fileName) {
    try (OutputStream out = Files.newOutputStream(directory.resolve(fileName))) {
      out.write("not a jar".getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return directory.resolve(fileName);
  }
}
