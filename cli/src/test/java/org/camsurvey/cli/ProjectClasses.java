package org.camsurvey.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The main classes of the three modules, imported once per test JVM for the tests that read the
 * project's structure (the import is the dearest part of them).
 */
final class ProjectClasses {
  private static JavaClasses classes;

  private ProjectClasses() {}

  static synchronized JavaClasses all() {
    if (classes == null) {
      // survey-model's test-jar (the shared fixtures) is a jar of tests that DO_NOT_INCLUDE_TESTS does not know
      classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(location -> !location.contains("-tests.jar"))
          .importPackages("org.camsurvey");
    }
    return classes;
  }
}
