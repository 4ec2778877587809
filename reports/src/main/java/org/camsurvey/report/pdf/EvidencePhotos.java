package org.camsurvey.report.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.nio.file.Files;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camsurvey.geo.LocalFrame;
import org.camsurvey.model.Camera;
import org.camsurvey.model.EvidencePhoto;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Photo;
import org.camsurvey.model.Survey;
import org.camsurvey.read.InputException;
import org.camsurvey.read.Sha256;
import org.camsurvey.report.DocumentText;
import org.locationtech.jts.geom.Coordinate;

/**
 * The inspector's photos in a document: each beside the findings of its camera (and zone),
 * scaled to the column, with its time, taker, note, the start of its SHA-256, and its EXIF time
 * and position where present; and for an Art. 9 finding, the note that its overlap is computed
 * from the surveyed camera, not seen in its picture.
 *
 * <p>The photo embedded is the file checked on import, byte for byte (a JPEG is embedded as it
 * is; a PNG is re-encoded losslessly): a file changed since is refused (an input error) rather
 * than shown.
 */
final class EvidencePhotos {
  /** Tallest a photo is drawn, in points (about 6 cm): two fit on a page beside their findings. */
  private static final float MAX_HEIGHT = 170;
  /** Widest, in points: the finding table's second column on A4. */
  private static final float MAX_WIDTH = 380;
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private final PdfLayout layout;
  private final DocumentText text;
  private final List<EvidencePhoto> photos;
  private final LocalFrame frame;
  private final Map<String, Camera> cameras = new HashMap<>();
  /** One image object per photo: a photo beside several findings is embedded once. */
  private final Map<EvidencePhoto, Image> images = new IdentityHashMap<>();
  private final Set<EvidencePhoto> shown = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  EvidencePhotos(PdfLayout layout, Survey survey) {
    this.layout = layout;
    this.text = layout.text;
    this.photos = survey.evidence();
    this.frame = survey.frame();
    survey.cameras().forEach(c -> cameras.put(key(c.siteId(), c.cameraId()), c));
  }

  /**
   * Adds to a finding's two-column table: for an Art. 9 finding, how its overlap was found; then
   * each photo that belongs to it.
   */
  void rows(PdfPTable table, Finding finding) {
    if (finding.code() == FindingCode.ART9_FORBIDDEN_VIEW || finding.code() == FindingCode.ART9_INSIDE_FORBIDDEN) {
      row(table, text.text("finding.basis"), layout.lines(List.of(text.text("art9.basis")), PdfLayout.BODY - 0.5f));
    }
    if (finding.cameraId() == null) {
      return;
    }
    for (EvidencePhoto photo : photos) {
      if (photo.belongsTo(finding.siteId(), finding.cameraId(), finding.zoneId())) {
        row(table, text.text("finding.photo"), photoCell(photo));
        shown.add(photo);
      }
    }
  }

  /** The photos no finding took, each with its caption, so that none goes unprinted. */
  void others() throws com.lowagie.text.DocumentException {
    List<EvidencePhoto> rest = photos.stream().filter(p -> !shown.contains(p)).toList();
    if (rest.isEmpty()) {
      return;
    }
    layout.subheading(text.text("photos.other"));
    for (EvidencePhoto photo : rest) {
      PdfPTable t = layout.table(18, 82);
      t.setKeepTogether(true);
      row(t, photo.siteId() + " · " + photo.cameraId() + (photo.zoneId() == null ? "" : " · " + photo.zoneId()),
          photoCell(photo));
      layout.add(t);
    }
  }

  private void row(PdfPTable table, String label, PdfPCell content) {
    table.addCell(layout.header(label, PdfLayout.BODY - 0.5f));
    table.addCell(content);
  }

  private PdfPCell photoCell(EvidencePhoto photo) {
    PdfPCell cell = layout.lines(caption(photo), PdfLayout.BODY - 1);
    Image image = images.computeIfAbsent(photo, this::image);
    cell.addElement(image);
    return cell;
  }

  private Image image(EvidencePhoto evidence) {
    Photo photo = evidence.photo();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(photo.file());
    } catch (IOException e) {
      throw InputException.file(photo.file().toString(), "cannot be read any more (" + e.getMessage() + ")");
    }
    if (!Sha256.hex(bytes).equals(photo.sha256())) {
      throw InputException.file(photo.file().toString(), "has changed since the survey was read; read the survey again");
    }
    try {
      Image image = Image.getInstance(bytes);
      image.scaleToFit(Math.min(image.getWidth(), MAX_WIDTH), Math.min(image.getHeight(), MAX_HEIGHT));
      image.setAlignment(Image.LEFT);
      image.setSpacingBefore(3);
      return image;
    } catch (BadElementException | IOException e) {
      throw new IllegalStateException("photo " + photo.file() + " cannot be embedded: " + e.getMessage(), e);
    }
  }

  private List<String> caption(EvidencePhoto e) {
    Photo p = e.photo();
    List<String> lines = new ArrayList<>();
    lines.add(text.format("photo.file", e.photoPath(), p.sha256().substring(0, 16),
        Integer.toString(p.widthPixels()), Integer.toString(p.heightPixels())));
    List<String> recorded = new ArrayList<>();
    if (e.taken() != null) {
      recorded.add(text.format("photo.taken", e.taken().format(MINUTES)));
    }
    if (e.takenBy() != null) {
      recorded.add(text.format("photo.taken_by", e.takenBy()));
    }
    if (!recorded.isEmpty()) {
      lines.add(String.join(separator(), recorded));
    }
    if (e.note() != null) {
      lines.add(text.format("photo.note", e.note()));
    }
    List<String> exif = new ArrayList<>();
    if (p.exifTaken() != null) {
      exif.add(text.format("photo.exif_time", p.exifTaken().format(SECONDS)));
    }
    if (p.hasExifPosition()) {
      Camera camera = cameras.get(key(e.siteId(), e.cameraId()));
      Coordinate at = frame.fromLonLat(p.exifLongitude(), p.exifLatitude());
      String metres = camera == null ? "?"
          : String.format(Locale.ROOT, "%.1f", camera.location().getCoordinate().distance(at));
      exif.add(text.format("photo.exif_position", String.format(Locale.ROOT, "%.6f", p.exifLongitude()),
          String.format(Locale.ROOT, "%.6f", p.exifLatitude()), metres));
    }
    lines.add(exif.isEmpty() ? text.text("photo.no_exif") : String.join(separator(), exif));
    return lines;
  }

  private String separator() {
    return text.language() == org.camsurvey.model.Language.ZH ? "；" : "; ";
  }

  private static String key(String siteId, String cameraId) {
    return siteId + '\u0000' + cameraId;
  }
}
