package io.linli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.linli", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule the_core_knows_nothing_of_rest_or_the_ui =
      noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "com.vaadin..");

  @ArchTest
  static final ArchRule feature_packages_have_no_cycles =
      slices().matching("io.linli.(*)..").should().beFreeOfCycles();

  @ArchTest
  /** The API plugins compile against: the JDK and PF4J's extension-point marker, nothing of the platform's. */
  static final ArchRule the_plugin_api_depends_on_nothing_of_the_core =
      noClasses().that().resideInAPackage("io.linli.api..")
          .should().dependOnClassesThat().resideOutsideOfPackages("io.linli.api..", "java..", "org.pf4j..");
}
