package io.linli.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugin zips are unpacked by PF4J when the platform starts: an archive must not write outside its folder. */
class PluginArchiveTest {

  @TempDir Path root;

  @Test
  void a_zip_whose_entries_climb_out_of_the_plugins_folder_writes_nothing_outside_it() throws IOException {
    Path plugins = Files.createDirectories(root.resolve("server/plugins"));
    // PF4J stops a zip at its first bad entry: one zip for each way out
    List<String> waysOut = List.of("../../evil", "../evil-beside", "classes/../../../../evil-up", "/../../evil-rooted");
    for (int i = 0; i < waysOut.size(); i++) {
      zip(plugins.resolve("evil" + i + ".zip"), "classes/harmless.txt", waysOut.get(i));
    }
    zip(plugins.resolve("good.zip"), "classes/readme.txt");

    assertThatCode(() -> manager(plugins).loadPlugins()).as("the platform starts all the same")
        .doesNotThrowAnyException();

    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile).toList())
          .as("every file written is inside the folder of the zip it came from")
          .allMatch(f -> f.startsWith(plugins))
          .noneMatch(f -> f.getFileName().toString().matches("evil(-.*)?"));
    }
    assertThat(plugins.resolve("good/classes/readme.txt")).as("a well-formed zip is unpacked").exists();
  }

  private static LinliPluginManager manager(Path plugins) {
    return new LinliPluginManager(plugins, plugin -> null);
  }

  private static void zip(Path file, String... entries) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String entry : List.of(entries)) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write(("written from entry " + entry).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }
}
