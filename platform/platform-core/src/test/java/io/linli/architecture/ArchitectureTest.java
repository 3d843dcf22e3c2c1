package io.linli.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.linli", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** Only the type of a plugin's page passes through the core, untouched, from a plugin to the web module. */
  @ArchTest
  static final ArchRule the_core_knows_nothing_of_rest_or_the_ui =
      noClasses().should().dependOnClassesThat(resideInAnyPackage("jakarta.ws.rs..", "com.vaadin..")
          .and(not(name("com.vaadin.flow.component.Component"))));

  @ArchTest
  static final ArchRule feature_packages_have_no_cycles =
      slices().matching("io.linli.(*)..").should().beFreeOfCycles();

  /**
   * The API plugins compile against: the JDK, PF4J's extension-point marker, and what the platform provides at run
   * time (JPA with EclipseLink's multitenancy annotations, Vaadin's component type) — nothing of the platform's own.
   */
  @ArchTest
  static final ArchRule the_plugin_api_depends_on_nothing_of_the_core =
      noClasses().that().resideInAPackage("io.linli.api..")
          .should().dependOnClassesThat().resideOutsideOfPackages("io.linli.api..", "java..", "org.pf4j..",
              "jakarta.persistence..", "org.eclipse.persistence.annotations..", "org.eclipse.persistence.config..",
              "com.vaadin.flow.component");

  /**
   * EclipseLink merges a detached entity by primary key alone (eclipselink#1333): a copy carrying another tenant's
   * id would reach that tenant's row. Entities are found under the tenant and changed where they are managed.
   */
  @ArchTest
  static final ArchRule nothing_merges_a_detached_entity =
      noClasses().should().callMethod(jakarta.persistence.EntityManager.class, "merge", Object.class);
}
