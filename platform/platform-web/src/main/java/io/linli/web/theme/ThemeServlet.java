package io.linli.web.theme;

import io.linli.theme.ThemeCatalog;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Serves the files of theme packs from the themes folder at {@code /tenant-theme/<theme>/<file>}, as they are on
 * disk now: changing a company's colours or logo needs no rebuild. Only files the pack declares are served.
 */
@WebServlet(urlPatterns = ThemeServlet.PATH + "/*")
public class ThemeServlet extends HttpServlet {

  public static final String PATH = "/tenant-theme";

  @Inject ThemeCatalog themes;

  /** @return the URL path of a theme pack's file */
  public static String url(String theme, String file) {
    return PATH + "/" + theme + "/" + file;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String[] parts = Optional.ofNullable(request.getPathInfo()).orElse("").split("/");
    Optional<Path> file = parts.length == 3 ? themes.file(parts[1], parts[2]) : Optional.empty();
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String name = file.get().getFileName().toString();
    response.setContentType(name.endsWith(".css") ? "text/css;charset=UTF-8"
        : name.endsWith(".svg") ? "image/svg+xml" : getServletContext().getMimeType(name));
    response.setHeader("Cache-Control", "no-cache");
    response.setContentLengthLong(Files.size(file.get()));
    Files.copy(file.get(), response.getOutputStream());
  }
}
