package org.camsurvey.cli.option;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What the commands that write a document for the authorities ({@code filing}, {@code inspect})
 * take alike: the survey, the PDF and its optional workbook, how to read and judge the survey,
 * and the document's language, date and font.
 */
public final class DocumentCommandOptions {
  @Parameters(index = "0", arity = "0..1", paramLabel = "SURVEY", description = "A survey: a folder of layer files, or a GeoPackage, Shapefile zip, GeoJSON, CSV, KML/KMZ or XLSX file; in the shell, the open survey when left out.")
  Path survey;

  @Mixin OutputFileOptions output;

  @Option(names = "--xlsx", paramLabel = "FILE", description = "Also write the inventory, zones and findings as a workbook.")
  Path xlsx;

  @Mixin ImportOptionsMixin importOptions;

  @Mixin LanguageOption language;

  @Mixin DocumentOptions document;

  @Mixin CheckOptionsMixin check;

  @Option(names = "--remedies", description = "Add fix's proposal as an annex: the least changes that make each site lawful.")
  boolean remedies;

  /** The survey named, or in the shell the open one. */
  public Path survey() {
    return importOptions.surveyOrOpen(survey, "SURVEY");
  }

  public Path output() {
    return output.file();
  }

  /** Whether output files that exist may be replaced. */
  public boolean force() {
    return output.force();
  }

  /** Whether the document is asked for as a Word document, by the output's extension. */
  public boolean docx() {
    return output.file().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx");
  }

  /** The workbook to write as well, or null. */
  public Path xlsx() {
    return xlsx;
  }

  public ImportOptionsMixin importOptions() {
    return importOptions;
  }

  public LanguageOption language() {
    return language;
  }

  public DocumentOptions document() {
    return document;
  }

  public CheckOptionsMixin check() {
    return check;
  }

  /** Whether fix's proposal goes into the document as an annex. */
  public boolean remedies() {
    return remedies;
  }
}
