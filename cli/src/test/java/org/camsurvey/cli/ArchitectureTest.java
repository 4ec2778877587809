package org.camsurvey.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.camsurvey.cli.run.RootBackEdge;
import org.camsurvey.cli.run.SurveySession;
import org.camsurvey.geo.BackEdge;
import org.camsurvey.geo.LocalFrame;
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
        .layer("view").definedBy("org.camsurvey.view..")
        .layer("rules").definedBy("org.camsurvey.rules..")
        .layer("remedy").definedBy("org.camsurvey.remedy..")
        .layer("read").definedBy("org.camsurvey.read..")
        .layer("survey").definedBy("org.camsurvey.survey..")
        .layer("write").definedBy("org.camsurvey.write..")
        .layer("synth").definedBy("org.camsurvey.synth..")
        .whereLayer("synth").mayNotBeAccessedByAnyLayer()
        .whereLayer("remedy").mayNotBeAccessedByAnyLayer()
        .whereLayer("survey").mayNotBeAccessedByAnyLayer()
        .whereLayer("write").mayOnlyBeAccessedByLayers("synth")
        .whereLayer("read").mayOnlyBeAccessedByLayers("survey", "write", "synth")
        .whereLayer("rules").mayOnlyBeAccessedByLayers("remedy", "synth")
        .whereLayer("view").mayOnlyBeAccessedByLayers("rules", "remedy", "synth")
        .whereLayer("law").mayOnlyBeAccessedByLayers("view", "rules", "remedy", "survey", "synth")
        .whereLayer("model").mayOnlyBeAccessedByLayers("law", "view", "rules", "remedy", "read", "survey", "write",
            "synth");

  /**
   * Reports: the report core (texts, findings' output) at the bottom; maps and workbooks on it; the
   * document model on the maps it holds; the PDF and DOCX renderings of the model, which draw its maps (the PDF report
   * takes the workbooks' deadlines); the batch engine on top, with the PDF and workbooks it writes.
   */
  private static final ArchRule REPORTS_LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("report").definedBy("org.camsurvey.report")
      .layer("map").definedBy("org.camsurvey.report.map..")
      .layer("excel").definedBy("org.camsurvey.report.excel..")
      .layer("document").definedBy("org.camsurvey.report.document..")
      .layer("docx").definedBy("org.camsurvey.report.docx..")
      .layer("pdf").definedBy("org.camsurvey.report.pdf..")
      .layer("batch").definedBy("org.camsurvey.batch..")
      .whereLayer("batch").mayNotBeAccessedByAnyLayer()
      .whereLayer("docx").mayNotBeAccessedByAnyLayer()
      .whereLayer("pdf").mayOnlyBeAccessedByLayers("batch")
      .whereLayer("document").mayOnlyBeAccessedByLayers("docx", "pdf")
      .whereLayer("excel").mayOnlyBeAccessedByLayers("pdf", "batch")
      .whereLayer("map").mayOnlyBeAccessedByLayers("document", "docx", "pdf", "batch")
      .whereLayer("report").mayOnlyBeAccessedByLayers("map", "excel", "document", "docx", "pdf", "batch");

  /**
   * The command line: what every command's run shares (exit codes, failures, output files,
   * progress, the terminal, the session) at the bottom; the option mixins; the shell, which the
   * shell command starts; the commands; the root command, Main and their handlers on top.
   */
  private static final ArchRule CLI_LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .withOptionalLayers(true)
      .layer("run").definedBy("org.camsurvey.cli.run..")
      .layer("option").definedBy("org.camsurvey.cli.option..")
      .layer("shell").definedBy("org.camsurvey.cli.shell..")
      .layer("command").definedBy("org.camsurvey.cli.command..")
      .layer("root").definedBy("org.camsurvey.cli")
      .whereLayer("root").mayNotBeAccessedByAnyLayer()
      .whereLayer("command").mayOnlyBeAccessedByLayers("root")
      .whereLayer("shell").mayOnlyBeAccessedByLayers("command", "root")
      .whereLayer("option").mayOnlyBeAccessedByLayers("shell", "command", "root")
      .whereLayer("run").mayOnlyBeAccessedByLayers("option", "shell", "command", "root");

  /** No two packages of any module import each other, directly or round about. */
  private static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.camsurvey.(**)").should().beFreeOfCycles();

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = ProjectClasses.all();
  }

  @Test
  void allThreeModulesAreImported() {
    assertThat(classes.contain("org.camsurvey.rules.Checker")).isTrue();
    assertThat(classes.contain("org.camsurvey.survey.SurveyReader")).isTrue();
    assertThat(classes.contain("org.camsurvey.report.FindingsJson")).isTrue();
    assertThat(classes.contain("org.camsurvey.batch.BatchRun")).isTrue();
    assertThat(classes.contain("org.camsurvey.cli.Main")).isTrue();
    assertThat(classes.contain("org.camsurvey.cli.ArchitectureTest")).isFalse();
    assertThat(classes.contain("org.camsurvey.fixture.SampleSurveys")).as("the shared fixtures").isFalse();
  }

  @Test
  void theDomainKnowsNothingOfReportsOrTheCommandLine() {
    noClasses().that().resideInAnyPackage("org.camsurvey.geo..", "org.camsurvey.model..", "org.camsurvey.law..",
            "org.camsurvey.view..", "org.camsurvey.rules..", "org.camsurvey.remedy..", "org.camsurvey.read..",
            "org.camsurvey.survey..", "org.camsurvey.write..", "org.camsurvey.synth..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("org.camsurvey.report..", "org.camsurvey.batch..", "org.camsurvey.cli..")
        .check(classes);
  }

  /**
   * Inside survey-model each layer imports only those below it: geometry, the survey as values,
   * the laws as data, what the cameras see, the rules, the remedies fix searches for. Beside the
   * views and rules, the readers turn containers into raw layers; the survey package assembles
   * them into a survey and the writers lay one out again; the synthetic city stands on them all.
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
  void theCycleRuleCatchesALoop() {
    // The survey holds its frame (model → geo); the back-edge reaches from geo into the model.
    JavaClasses loop = new ClassFileImporter().importClasses(BackEdge.class, Survey.class, LocalFrame.class);

    assertThat(NO_PACKAGE_CYCLES.evaluate(loop).hasViolation()).isTrue();
    assertThat(NO_PACKAGE_CYCLES.evaluate(new ClassFileImporter().importClasses(Survey.class, LocalFrame.class))
        .hasViolation()).isFalse();
  }

  @Test
  void reportsLayersImportOnlyTheLayersBelowThem() {
    REPORTS_LAYERS.check(classes);
  }

  @Test
  void theCommandLinesLayersImportOnlyTheLayersBelowThem() {
    CLI_LAYERS.check(classes);
  }

  @Test
  void theCommandLinesRulesCatchABackEdgeToTheRoot() {
    // The root command holds a session (cli → cli.run); the back-edge reaches from cli.run up to the root.
    JavaClasses loop = new ClassFileImporter().importClasses(RootBackEdge.class, CamsurveyCommand.class,
        SurveySession.class);

    assertThat(String.join("\n", CLI_LAYERS.evaluate(loop).getFailureReport().getDetails()))
        .contains(RootBackEdge.class.getName(), CamsurveyCommand.class.getName());
    assertThat(String.join("\n", NO_PACKAGE_CYCLES.evaluate(loop).getFailureReport().getDetails()))
        .contains(RootBackEdge.class.getName());
    JavaClasses downward = new ClassFileImporter().importClasses(CamsurveyCommand.class, SurveySession.class);
    assertThat(CLI_LAYERS.evaluate(downward).hasViolation()).isFalse();
    assertThat(NO_PACKAGE_CYCLES.evaluate(downward).hasViolation()).isFalse();
  }

  @Test
  void noPackageCycles() {
    NO_PACKAGE_CYCLES.check(classes);
  }

  @Test
  void reportsAndTheBatchEngineKnowNothingOfTheCommandLine() {
    noClasses().that().resideInAnyPackage("org.camsurvey.report..", "org.camsurvey.batch..")
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
        .and().haveNameNotMatching("org\\.camsurvey\\.read\\.XlsxReader(\\$.*)?")
        .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
        .check(classes);
    noClasses().that().resideOutsideOfPackages("org.camsurvey.report.pdf..", "org.camsurvey.report.map..")
        .should().dependOnClassesThat().resideInAnyPackage("com.lowagie..", "org.openpdf..")
        .check(classes);
    noClasses().that().resideOutsideOfPackage("org.camsurvey.cli.shell..")
        .should().dependOnClassesThat().resideInAPackage("org.jline..")
        .check(classes);
    // EXIF and image headers are read once, on import, by PhotoReader alone.
    noClasses().that().haveNameNotMatching("org\\.camsurvey\\.read\\.PhotoReader(\\$.*)?")
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
