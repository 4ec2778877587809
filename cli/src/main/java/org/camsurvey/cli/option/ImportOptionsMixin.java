package org.camsurvey.cli.option;

import java.nio.charset.Charset;
import org.camsurvey.geo.Crs;
import org.camsurvey.io.ImportOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The import options every command that reads a survey takes (CLI.md). */
public final class ImportOptionsMixin {
  @Option(
      names = "--crs",
      paramLabel = "CRS",
      converter = CrsConverter.class,
      description = {
        "CRS of coordinates whose file names none: CSV x/y, GeoJSON without a crs member",
        "(EPSG:4545, urn:ogc:def:crs:EPSG::4545 or a PROJ string)."
      })
  Crs crs;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "Text encoding of attribute data (UTF-8, GBK, GB18030); detected when not given.")
  Charset encoding;

  public ImportOptions toImportOptions() {
    return new ImportOptions(crs, encoding);
  }

  /** Reads a CRS as users write it, or says why it cannot. */
  public static final class CrsConverter implements ITypeConverter<Crs> {
    @Override
    public Crs convert(String value) {
      try {
        return Crs.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
