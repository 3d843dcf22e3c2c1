package io.linli.theme;

import io.linli.i18n.LocalizedName;
import io.linli.settings.LinliSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The theme packs in the configured themes folder, read from disk on each request so edits apply at once. */
@ApplicationScoped
public class ThemeCatalog {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
  private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,80}");

  @Inject LinliSettings settings;

  /** @return the names of all theme packs, sorted */
  public List<String> names() {
    Optional<Path> directory = settings.themesDirectory().filter(Files::isDirectory);
    if (directory.isEmpty()) {
      return List.of();
    }
    try (Stream<Path> folders = Files.list(directory.get())) {
      return folders.map(f -> f.getFileName().toString()).filter(n -> find(n).isPresent()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the theme pack called {@code name}, if its folder holds a readable theme.json */
  public Optional<ThemePack> find(String name) {
    return folder(name).map(f -> f.resolve("theme.json")).filter(Files::isRegularFile).map(ThemeCatalog::read);
  }

  /**
   * @return a file of a theme pack that the pack declares (its logo or a style sheet); never a path outside it
   */
  public Optional<Path> file(String name, String fileName) {
    if (!FILE.matcher(fileName).matches()) {
      return Optional.empty();
    }
    return find(name)
        .filter(pack -> fileName.equals(pack.logo()) || pack.styles().contains(fileName))
        .flatMap(pack -> folder(name))
        .map(f -> f.resolve(fileName))
        .filter(Files::isRegularFile);
  }

  private Optional<Path> folder(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    return settings.themesDirectory().map(d -> d.resolve(name)).filter(Files::isDirectory);
  }

  private static ThemePack read(Path themeJson) {
    try (Reader in = Files.newBufferedReader(themeJson, StandardCharsets.UTF_8);
        JsonReader reader = Json.createReader(in)) {
      JsonObject json = reader.readObject();
      JsonObject label = json.getJsonObject("label");
      return new ThemePack(
          json.getString("name"),
          new LocalizedName(label.getString("zh"), label.getString("en", null)),
          json.getString("logo", null),
          json.getJsonArray("styles").stream()
              .filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
              .map(v -> ((JsonString) v).getString())
              .filter(f -> FILE.matcher(f).matches())
              .toList());
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("unreadable theme pack " + themeJson, e);
    }
  }
}
