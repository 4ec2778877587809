package org.camsurvey.report.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A zip package written again with every entry dated alike, in the order it had: POI stamps each
 * entry with the time of writing, so two runs would otherwise differ in their bytes.
 */
final class StableZip {
  private StableZip() {}

  static byte[] rewrite(byte[] zip, LocalDateTime time) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        // local time as it is, not converted through the machine's time zone
        copy.setTimeLocal(time);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
