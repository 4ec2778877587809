package org.camsurvey.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.camsurvey.cli.option.ForceOption;
import org.camsurvey.cli.option.ImportOptionsMixin;
import org.camsurvey.cli.option.LanguageOption;
import org.camsurvey.cli.option.MapImageOptions;
import org.camsurvey.cli.option.QualityConverter;
import org.camsurvey.cli.run.CommandFailure;
import org.camsurvey.cli.run.ExitCode;
import org.camsurvey.cli.run.OutputFile;
import org.camsurvey.geo.ImageQuality;
import org.camsurvey.model.Survey;
import org.camsurvey.report.DocumentText;
import org.camsurvey.report.FieldOfViewGeoJson;
import org.camsurvey.report.FieldOfViewKml;
import org.camsurvey.report.FieldOfViewLayer;
import org.camsurvey.report.map.SiteMapImages;
import org.camsurvey.view.CheckOptions;
import org.camsurvey.view.Scene;
import org.camsurvey.view.CameraView;
import org.camsurvey.write.GeoPackageWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code camsurvey fov SURVEY -o OUT}: writes every camera's field of view. */
@Command(
    name = "fov",
    mixinStandardHelpOptions = true,
    description = {
      "Writes every camera's field of view as polygons, in WGS 84, for a GIS or a web map.",
      "The format follows OUT's extension: .geojson or .json, .gpkg (a GeoPackage with a layer 'fov'),",
      ".kml or .kmz (Google Earth);",
      "- writes GeoJSON to standard output. --map-png and --map-svg also draw each site's map."
    })
public final class FovCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SURVEY",
      description = "A survey: a folder of layer files, or a GeoPackage, Shapefile zip, GeoJSON, CSV, KML/KMZ or XLSX file; in the shell, the open survey when left out.")
  Path survey;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "The file to write, or - for standard output; may be left out where --map-png or --map-svg is given.")
  Path output;

  @Option(names = "--quality", paramLabel = "QUALITY", converter = QualityConverter.class,
      completionCandidates = QualityConverter.Grades.class,
      description = "Draw the view out to where it reaches this image quality (detect, observe, recognise, identify); by default all the camera sees.")
  ImageQuality quality;

  @Mixin ForceOption force;

  @Mixin ImportOptionsMixin importOptions;

  @Mixin MapImageOptions mapImages;

  @Mixin LanguageOption language;

  @Override
  public Integer call() throws Exception {
    survey = importOptions.surveyOrOpen(survey, "SURVEY");
    if (output == null && !mapImages.any()) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--output=OUT'");
    }
    List<Path> inputs = importOptions.inputs(survey);
    mapImages.requireFolders(inputs);
    if (output == null) {
      drawMaps(importOptions.read(survey), inputs);
      return ExitCode.OK;
    }
    String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean gpkg = name.endsWith(".gpkg");
    if (!name.equals("-") && !name.endsWith(".geojson") && !name.endsWith(".json") && !gpkg && !isKml(name)) {
      throw new CommandFailure(ExitCode.USAGE, output
          + ": fields of view are written as GeoJSON, GeoPackage or KML; name the file *.geojson, *.gpkg, *.kml or *.kmz");
    }
    if (!name.equals("-")) {
      OutputFile.requireWritable(output, force.force(), inputs);
    }
    Survey loaded = importOptions.read(survey);
    write(loaded, name, inputs);
    drawMaps(loaded, inputs);
    return ExitCode.OK;
  }

  /** Writes the views in the format OUT's name asks for. */
  private void write(Survey loaded, String name, List<Path> inputs) throws java.io.IOException {
    List<CameraView> views = CameraView.all(loaded, quality);
    if (name.endsWith(".gpkg")) {
      OutputFile.writeFile(output, force.force(), inputs,
          target -> GeoPackageWriter.write(target, List.of(FieldOfViewLayer.of(loaded, quality, views))));
    } else if (isKml(name)) {
      OutputFile.writeBinary(output, force.force(), inputs, out -> FieldOfViewKml.write(loaded, quality, views, out, name.endsWith(".kmz")));
    } else {
      OutputFile.write(output, force.force(), inputs, spec.commandLine().getOut(),
          out -> FieldOfViewGeoJson.write(loaded, quality, views, out));
    }
  }

  /** Each site's map with every camera's view, where asked; fov finds nothing, so nothing is numbered. */
  private void drawMaps(Survey loaded, List<Path> inputs) throws java.io.IOException {
    if (mapImages.any()) {
      Scene scene = new Scene(loaded, CheckOptions.defaults());
      mapImages.write(SiteMapImages.numbered(scene, DocumentText.of(language.orLocale()), List.of()), loaded.sites(), force.force(),
          inputs);
    }
  }

  private static boolean isKml(String name) {
    return name.endsWith(".kml") || name.endsWith(".kmz");
  }
}
