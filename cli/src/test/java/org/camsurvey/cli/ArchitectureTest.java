package org.camsurvey.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.camsurvey.geo.BackEdge;
import org.camsurvey.model.Survey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way (docs/DESIGN.md): cli → reports → survey-model. The domain knows nothing
 * of documents or terminals, the reports nothing of command lines; JTS stays out of cli and
 * picocli inside it.
 */
class ArchitectureTest {
  private static final ArchRule SURVEY_MODEL_LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("geo").definedBy("org.camsurvey.geo..")
        .layer("model").definedBy("org.camsurvey.model..")
        .layer("law").definedBy("org.camsurvey.law..")
        .layer("rules").definedBy("org.camsurvey.rules..")
        .layer("remedy").definedBy("org.camsurvey.remedy..")
        .layer("io").definedBy("org.camsurvey.io..")
        .layer("synth").definedBy("org.camsurvey.synth..")
        .whereLayer("synth").mayNotBeAccessedByAnyLayer()
        .whereLayer("remedy").mayNotBeAccessedByAnyLayer()
        .whereLayer("io").mayOnlyBeAccessedByLayers("synth")
        .whereLayer("rules").mayOnlyBeAccessedByLayers("remedy", "io", "synth")
        .whereLayer("law").mayOnlyBeAccessedByLayers("rules", "remedy", "io", "synth")
        .whereLayer("model").mayOnlyBeAccessedByLayers("law", "rules", "remedy", "io", "synth");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.camsurvey");
  }

  @Test
  void allThreeModulesAreImported() {
    assertThat(classes.contain("org.camsurvey.rules.Checker")).isTrue();
    assertThat(classes.contain("org.camsurvey.io.SurveyReader")).isTrue();
    assertThat(classes.contain("org.camsurvey.report.FindingsJson")).isTrue();
    assertThat(classes.contain("org.camsurvey.cli.Main")).isTrue();
    assertThat(classes.contain("org.camsurvey.cli.ArchitectureTest")).isFalse();
  }

  @Test
  void theDomainKnowsNothingOfReportsOrTheCommandLine() {
    noClasses().that().resideInAnyPackage("org.camsurvey.model..", "org.camsurvey.geo..", "org.camsurvey.io..",
            "org.camsurvey.law..", "org.camsurvey.rules..", "org.camsurvey.remedy..", "org.camsurvey.synth..")
        .should().dependOnClassesThat().resideInAnyPackage("org.camsurvey.report..", "org.camsurvey.cli..")
        .check(classes);
  }

  /**
   * Inside survey-model each layer imports only those below it: geometry, the survey as values,
   * the laws as data, the rules, the remedies fix searches for; the readers and the synthetic
   * city stand on all of them. (Readers still use the rules' checklist and site split: that
   * edge is allowed until the readers are split from the assembler.)
   */
  @Test
  void surveyModelsLayersImportOnlyTheLayersBelowThem() {
    SURVEY_MODEL_LAYERS.check(classes);
  }

  @Test
  void theLayerRuleCatchesABackEdge() {
    JavaClasses withBackEdge = new ClassFileImporter().importClasses(BackEdge.class, Survey.class);

    assertThat(SURVEY_MODEL_LAYERS.evaluate(withBackEdge).hasViolation()).isTrue();
    assertThat(SURVEY_MODEL_LAYERS.evaluate(new ClassFileImporter().importClasses(Survey.class)).hasViolation())
        .isFalse();
  }

  @Test
  void reportsKnowNothingOfTheCommandLine() {
    noClasses().that().resideInAPackage("org.camsurvey.report..")
        .should().dependOnClassesThat().resideInAPackage("org.camsurvey.cli..")
        .check(classes);
  }

  @Test
  void jtsStaysOutOfTheCommandLine() {
    noClasses().that().resideInAPackage("org.camsurvey.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.locationtech.jts..")
        .check(classes);
  }

  @Test
  void picocliStaysInTheCommandLine() {
    noClasses().that().resideOutsideOfPackage("org.camsurvey.cli..")
        .should().dependOnClassesThat().resideInAPackage("picocli..")
        .check(classes);
  }

  @Test
  void documentAndTerminalLibrariesStayInTheirPackages() {
    // POI writes workbooks and Word documents, and reads survey workbooks: XlsxReader is the one reader allowed it.
    noClasses().that().resideOutsideOfPackages("org.camsurvey.report.excel..", "org.camsurvey.report.docx..")
        .and().haveNameNotMatching("org\\.camsurvey\\.io\\.XlsxReader(\\$.*)?")
        .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
        .check(classes);
    noClasses().that().resideOutsideOfPackages("org.camsurvey.report.pdf..", "org.camsurvey.report.map..")
        .should().dependOnClassesThat().resideInAnyPackage("com.lowagie..", "org.openpdf..")
        .check(classes);
    noClasses().that().resideOutsideOfPackage("org.camsurvey.cli.shell..")
        .should().dependOnClassesThat().resideInAPackage("org.jline..")
        .check(classes);
    // EXIF and image headers are read once, on import, by PhotoReader alone.
    noClasses().that().haveNameNotMatching("org\\.camsurvey\\.io\\.PhotoReader(\\$.*)?")
        .should().dependOnClassesThat().resideInAPackage("com.drew..")
        .check(classes);
  }

  @Test
  void bouncyCastleStaysWithThePdfSignatures() {
    noClasses().that().resideOutsideOfPackage("org.camsurvey.report.pdf..")
        .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
        .check(classes);
  }
}
