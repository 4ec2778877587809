package org.camsurvey.report.pdf;

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
import java.util.function.IntFunction;
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
import org.camsurvey.report.document.Cell;
import org.camsurvey.report.document.DocumentBuilder;
import org.camsurvey.report.document.Typesetting;
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

  private final DocumentBuilder layout;
  private final DocumentText text;
  private final List<EvidencePhoto> photos;
  private final LocalFrame frame;
  private final Map<String, Camera> cameras = new HashMap<>();
  /** One picture per photo: a photo beside several findings is read and checked once. */
  private final Map<EvidencePhoto, Cell.Picture> images = new IdentityHashMap<>();
  private final Set<EvidencePhoto> shown = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  EvidencePhotos(DocumentBuilder layout, Survey survey) {
    this.layout = layout;
    this.text = layout.text();
    this.photos = survey.evidence();
    this.frame = survey.frame();
    survey.cameras().forEach(c -> cameras.put(key(c.siteId(), c.cameraId()), c));
  }

  /** For an Art. 9 finding, a row saying how its overlap was found: from the survey, not the camera's picture. */
  void basis(DocumentBuilder.TableBuilder table, FindingCode code) {
    if (code == FindingCode.ART9_FORBIDDEN_VIEW || code == FindingCode.ART9_INSIDE_FORBIDDEN) {
      row(table, text.text("finding.basis"), new Cell(List.of(text.text("art9.basis")), false, 1, 0, Typesetting.TABLE,
          null, null));
    }
  }

  /**
   * Each photo that belongs to any of a group's findings, once, labelled with the numbers
   * ({@code number} of the finding's index in the group) of the findings it belongs to.
   */
  void photos(DocumentBuilder.TableBuilder table, List<Finding> group, IntFunction<String> number) {
    for (EvidencePhoto photo : photos) {
      List<String> numbers = new ArrayList<>();
      for (int i = 0; i < group.size(); i++) {
        Finding f = group.get(i);
        if (f.cameraId() != null && photo.belongsTo(f.siteId(), f.cameraId(), f.zoneId())) {
          numbers.add(number.apply(i));
        }
      }
      if (!numbers.isEmpty()) {
        row(table, (text.text("finding.photo") + " " + String.join("", numbers)).strip(), photoCell(photo));
        shown.add(photo);
      }
    }
  }

  /** The photos no finding took, each with its caption, so that none goes unprinted. */
  void others() {
    List<EvidencePhoto> rest = photos.stream().filter(p -> !shown.contains(p)).toList();
    if (rest.isEmpty()) {
      return;
    }
    layout.subheading(text.text("photos.other"));
    for (EvidencePhoto photo : rest) {
      DocumentBuilder.TableBuilder t = layout.table(18, 82).keepTogether();
      row(t, photo.siteId() + " · " + photo.cameraId() + (photo.zoneId() == null ? "" : " · " + photo.zoneId()),
          photoCell(photo));
      t.add();
    }
  }

  private void row(DocumentBuilder.TableBuilder table, String label, Cell content) {
    table.header(label);
    table.add(content);
  }

  private Cell photoCell(EvidencePhoto photo) {
    return new Cell(caption(photo), false, 1, 0, Typesetting.TABLE, images.computeIfAbsent(photo, this::image), null);
  }

  private Cell.Picture image(EvidencePhoto evidence) {
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
    return new Cell.Picture(bytes, photo.widthPixels(), photo.heightPixels(), MAX_WIDTH, MAX_HEIGHT);
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
