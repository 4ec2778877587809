package org.camsurvey.survey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.sf.geographiclib.Geodesic;
import org.camsurvey.geo.LocalFrame;
import org.camsurvey.model.Camera;
import org.camsurvey.model.EvidencePhoto;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.Photo;
import org.camsurvey.model.SourceRef;
import org.camsurvey.read.InputException;
import org.camsurvey.read.PhotoReader;
import org.camsurvey.read.RawFeature;
import org.camsurvey.read.RawLayer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;

/**
 * The {@code evidence} layer (docs/SURVEY-FORMAT.md): each record's photo found beside the survey and
 * checked by {@link PhotoReader}; then, once the cameras are known, each record tied to its
 * camera, and a photo whose EXIF puts it far from that camera flagged.
 */
final class EvidenceLayer {
  /** A photo taken farther than this from the camera it shows is not plainly of that camera. */
  static final double FAR_METRES = 50;

  private EvidenceLayer() {}

  /**
   * The records, each photo checked.
   *
   * @param lonLat a record's geometry in WGS 84, or null where it has none
   * @throws InputException naming the layer's file, the record and the photo, for a photo that is
   *     missing, unreadable, not JPEG or PNG, too large, or too many pixels
   */
  static List<EvidencePhoto> read(List<RawLayer> layers, Function<RawFeature, Geometry> lonLat, LocalFrame frame) {
    List<EvidencePhoto> photos = new ArrayList<>();
    for (RawLayer layer : layers) {
      Path folder = photoFolder(layer.file());
      for (RawFeature f : layer.features()) {
        FieldValues v = new FieldValues(layer, f, "#" + f.number());
        String siteId = v.requiredText("site_id");
        String cameraId = v.requiredText("camera_id");
        String photoPath = v.requiredText("photo");
        Path file;
        try {
          file = folder.resolve(photoPath).normalize();
        } catch (java.nio.file.InvalidPathException e) {
          throw v.error("photo", "'" + photoPath + "' is not a file path");
        }
        Photo photo;
        try {
          photo = PhotoReader.read(file);
        } catch (PhotoReader.RejectedPhoto e) {
          throw v.error("photo", "photo " + photoPath + " (" + file + ") " + e.getMessage());
        }
        photos.add(new EvidencePhoto(siteId, cameraId, v.text("zone_id"), photoPath, photo, v.dateTime("taken"),
            v.text("note"), v.text("taken_by"), location(v, lonLat.apply(f), frame), v.source()));
      }
    }
    return photos;
  }

  /**
   * Ties each record to its camera: a record naming no camera of its site is an error; a photo
   * whose EXIF position lies more than {@link #FAR_METRES} from the camera is a {@code
   * DATA_EVIDENCE_FAR} warning.
   *
   * @param evidence the records whose cameras are all among {@code cameras}
   */
  static List<Finding> checkAgainst(List<EvidencePhoto> evidence, List<Camera> cameras, LocalFrame frame) {
    Map<String, Camera> byId = new HashMap<>();
    cameras.forEach(c -> byId.put(c.siteId() + '\u0000' + c.cameraId(), c));
    List<Finding> warnings = new ArrayList<>();
    for (EvidencePhoto e : evidence) {
      Camera camera = byId.get(e.siteId() + '\u0000' + e.cameraId());
      SourceRef s = e.source();
      if (camera == null) {
        throw new InputException(s.file(), s.layer(), s.recordLabel(), "camera_id",
            "site " + e.siteId() + " has no camera " + e.cameraId() + " for photo " + e.photoPath() + " to show");
      }
      Photo p = e.photo();
      if (p.hasExifPosition()) {
        double[] at = frame.toLonLat(camera.location().getX(), camera.location().getY());
        double metres = Geodesic.WGS84.Inverse(at[1], at[0], p.exifLatitude(), p.exifLongitude()).s12;
        if (metres > FAR_METRES) {
          warnings.add(Finding.of(FindingCode.DATA_EVIDENCE_FAR).camera(e.siteId(), e.cameraId()).source(s)
              .figure("photo", e.photoPath())
              .figure("distance_m", Math.round(metres * 10) / 10.0)
              .geometry(frame.geometryFactory().createPoint(frame.fromLonLat(p.exifLongitude(), p.exifLatitude())))
              .build());
        }
      }
    }
    return warnings;
  }

  /** The records of the sites given. */
  static List<EvidencePhoto> ofSites(List<EvidencePhoto> evidence, Set<String> siteIds) {
    return evidence.stream().filter(e -> siteIds.contains(e.siteId())).toList();
  }

  /**
   * Where a layer's photo paths start: the folder of the file the layer came from; for a layer
   * inside an archive (a zipped shapefile set), the archive's folder.
   */
  static Path photoFolder(String layerFile) {
    Path folder = Path.of(layerFile).toAbsolutePath().getParent();
    while (folder != null && Files.isRegularFile(folder)) {
      folder = folder.getParent();
    }
    return folder == null ? Path.of("").toAbsolutePath() : folder;
  }

  private static Point location(FieldValues v, Geometry g, LocalFrame frame) {
    if (g == null || g.isEmpty()) {
      return null;
    }
    Geometry point = g instanceof MultiPoint mp && mp.getNumGeometries() == 1 ? mp.getGeometryN(0) : g;
    if (!(point instanceof Point)) {
      throw v.error("geometry", "an evidence record stands on a point (where the photo was taken) or nothing, not a "
          + g.getGeometryType());
    }
    return (Point) frame.fromLonLat(point);
  }
}
