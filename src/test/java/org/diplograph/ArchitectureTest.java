package org.diplograph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the package dependencies pointing one way (STYLE.md: stages do not call each other sideways). */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.diplograph");
  }

  @Test
  void modelHasNoThirdPartyDependencies() {
    noClasses().that().resideInAPackage("org.diplograph.model..")
        .should().dependOnClassesThat().resideOutsideOfPackages("org.diplograph.model..", "java..", "org.jspecify..")
        .check(classes);
  }

  @Test
  void coreNlpStaysInsideTheNlpPackage() {
    noClasses().that().resideOutsideOfPackage("org.diplograph.nlp..")
        .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
        .check(classes);
  }

  @Test
  void sparkStaysInsideTheSparkPackage() {
    noClasses().that().resideOutsideOfPackage("org.diplograph.spark..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
        .check(classes);
  }

  @Test
  void onlyTheCommandLineReachesTheSparkJob() {
    noClasses().that().resideOutsideOfPackages("org.diplograph.cli..", "org.diplograph.spark..")
        .should().dependOnClassesThat().resideInAPackage("org.diplograph.spark..")
        .check(classes);
  }

  @Test
  void stagesDoNotCallEachOtherSideways() {
    String[] stages = {"ingest", "nlp", "resolve", "extract", "graph", "eval"};
    for (String a : stages) {
      for (String b : stages) {
        boolean allowed = a.equals(b) || (a.equals("extract") && b.equals("resolve"));
        if (!allowed) {
          noClasses().that().resideInAPackage("org.diplograph." + a + "..")
              .should().dependOnClassesThat().resideInAPackage("org.diplograph." + b + "..")
              .check(classes);
        }
      }
    }
  }

  @Test
  void onlyTheEdgesReachThePipelineAndTheCommandLine() {
    noClasses().that().resideOutsideOfPackages("org.diplograph.cli..", "org.diplograph.server..",
            "org.diplograph.pipeline..", "org.diplograph.spark..")
        .should().dependOnClassesThat().resideInAnyPackage("org.diplograph.pipeline..", "org.diplograph.cli..")
        .check(classes);
  }
}
