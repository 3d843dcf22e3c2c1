package io.linli.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RestEndpointIsolationCoverageTest {

  @Test
  void every_endpoint_that_takes_an_id_has_a_tenant_isolation_case() {
    Set<String> pathsWithIds = new TreeSet<>();
    for (JavaClass resource : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.linli.web")) {
      Class<?> type = resource.reflect();
      Path classPath = type.getAnnotation(Path.class);
      if (classPath == null) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        Arrays.stream(method.getAnnotations())
            .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
            .filter(java.util.Objects::nonNull)
            .forEach(httpMethod -> {
              String path = join("/api", classPath.value(),
                  method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
              if (path.contains("{")) {
                pathsWithIds.add(httpMethod.value() + " " + path);
              }
            });
      }
    }
    assertThat(pathsWithIds).isNotEmpty();
    assertThat(IsolationCases.uncovered(pathsWithIds))
        .as("add a case to IsolationCases for every new endpoint that takes an id")
        .isEmpty();
  }

  @Test
  void every_page_with_an_id_in_its_route_has_a_tenant_isolation_case() {
    Set<String> routesWithParameters = new TreeSet<>();
    for (JavaClass view : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.linli.web")) {
      com.vaadin.flow.router.Route route = view.reflect().getAnnotation(com.vaadin.flow.router.Route.class);
      if (route != null && (route.value().contains(":")
          || com.vaadin.flow.router.HasUrlParameter.class.isAssignableFrom(view.reflect()))) {
        routesWithParameters.add(route.value());
      }
    }
    assertThat(routesWithParameters).isNotEmpty();
    assertThat(routesWithParameters)
        .as("add a case to IsolationCases.ROUTES for every new page with an id in its route")
        .allMatch(r -> IsolationCases.ROUTES.containsKey(r) || IsolationCases.ROUTE_EXEMPT.containsKey(r));
  }

  private static String join(String... parts) {
    StringBuilder path = new StringBuilder();
    for (String part : parts) {
      String trimmed = part.replaceAll("^/+|/+$", "");
      if (!trimmed.isEmpty()) {
        path.append('/').append(trimmed);
      }
    }
    return path.toString();
  }
}
