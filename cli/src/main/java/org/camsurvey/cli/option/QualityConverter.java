package org.camsurvey.cli.option;

import java.util.Arrays;
import java.util.Iterator;
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

  /** The grades as users type them, for completion. */
  public static final class Grades implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ImageQuality.values()).map(ImageQuality::code).iterator();
    }
  }
}
