package org.camsurvey.model;

import java.time.LocalDateTime;
import java.util.Objects;
import org.locationtech.jts.geom.Point;

/**
 * One record of the {@code evidence} layer: a photo the inspector took on site, tied to a camera
 * and, where it shows one, a zone. It belongs to the findings of that camera (and zone).
 *
 * @param siteId the camera's site
 * @param cameraId the camera photographed
 * @param zoneId the zone the photo shows, or null for the camera as a whole
 * @param photoPath the photo's path as the record gives it (relative to the survey's folder)
 * @param photo the photo file as checked on import
 * @param taken when the record says it was taken, or null
 * @param note the inspector's note, or null
 * @param takenBy who took it, or null
 * @param location where the record puts the photographer, in the survey's frame, or null
 * @param source where the record came from
 */
public record EvidencePhoto(
    String siteId,
    String cameraId,
    String zoneId,
    String photoPath,
    Photo photo,
    LocalDateTime taken,
    String note,
    String takenBy,
    Point location,
    SourceRef source) {
  public EvidencePhoto {
    Objects.requireNonNull(siteId, "siteId");
    Objects.requireNonNull(cameraId, "cameraId");
    Objects.requireNonNull(photo, "photo");
  }

  /**
   * Whether the photo belongs to a finding about this camera and zone: the same site and
   * camera, and the same zone, or no zone at all (a photo of the camera itself).
   */
  public boolean belongsTo(String findingSiteId, String findingCameraId, String findingZoneId) {
    return siteId.equals(findingSiteId) && cameraId.equals(findingCameraId)
        && (zoneId == null || zoneId.equals(findingZoneId));
  }
}
