package io.linli.tenancy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.eclipse.persistence.sessions.Session;

/**
 * For the isolation tests only: when the system property {@value #FILE} names a file, every SQL statement EclipseLink
 * sends is appended to it, one a line, so the tests can check that each one on a tenant-owned table is bound to a
 * tenant. Without the property (in production) the session is left as it is.
 */
public class SqlCapture implements SessionCustomizer {

  /** The system property naming the file to append the statements to. */
  public static final String FILE = "linli.sql-capture";

  @Override
  public void customize(Session session) {
    String file = System.getProperty(FILE);
    if (file != null) {
      session.setSessionLog(new Log(session.getSessionLog(), Path.of(file)));
    }
  }

  /** Takes the SQL entries, whatever the log level; hands every other entry on to the log it replaces. */
  private static final class Log extends AbstractSessionLog {

    private static final Object LOCK = new Object(); // the main and the plugins' sessions share the file
    private final SessionLog others;
    private final Path file;

    Log(SessionLog others, Path file) {
      this.others = others;
      this.file = file;
      setLevel(others.getLevel());
    }

    @Override
    public boolean shouldLog(int level, String category) {
      return SessionLog.SQL.equals(category) || others.shouldLog(level, category);
    }

    @Override
    public void log(SessionLogEntry entry) {
      if (!SessionLog.SQL.equals(entry.getNameSpace())) {
        others.log(entry);
        return;
      }
      String sql = entry.getMessage();
      int bind = sql.indexOf("\n\tbind =>");
      String line = (bind < 0 ? sql : sql.substring(0, bind)).replaceAll("\\s+", " ").trim() + "\n";
      synchronized (LOCK) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND)) {
          out.write(line);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
