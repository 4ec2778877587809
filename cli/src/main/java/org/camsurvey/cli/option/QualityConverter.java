package org.camsurvey.cli.option;

import org.camsurvey.geo.ImageQuality;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an image-quality grade: detect, observe, recognise (recognize) or identify. */
public final class QualityConverter implements ITypeConverter<ImageQuality> {
  @Override
  public ImageQuality convert(String value) {
    return ImageQuality.parse(value).orElseThrow(() ->
        new TypeConversionException("'" + value + "' is not detect, observe, recognise or identify"));
  }
}
