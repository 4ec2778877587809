package org.camsurvey.rules;

import java.util.function.Consumer;
import org.camsurvey.law.PlaceKinds;
import org.camsurvey.law.RegulationZones;
import org.camsurvey.model.Finding;
import org.camsurvey.model.FindingCode;
import org.camsurvey.model.PlaceKind;
import org.camsurvey.view.Scene;

/**
 * The 2025 regulation, Art. 8(1) — areas of public places where installing cameras is forbidden
 * (rooms of lodging and catering premises, dormitories and staff rest rooms, public toilets,
 * bathrooms, changing, nursing and fitting rooms, and any other area where a camera could film,
 * peep at or eavesdrop on privacy): a camera that stands in, or sees, a zone of a forbidden kind
 * is {@code CN8_INSIDE_FORBIDDEN} or {@code CN8_FORBIDDEN_VIEW} (Art. 27(1)), tested as Art. 9 of
 * the measures is ({@link ZoneSightings}).
 *
 * <p>Art. 33(1) — a camera of a non-public place (class {@code private}) is not bound by Art. 8,
 * which speaks of public places, but must not infringe others' rights: its sighting of a zone of a
 * forbidden kind is {@code CN33_PRIVACY} (Art. 33(2) → Art. 31) instead. A camera of a site whose
 * class the survey does not give is judged as a public place's.
 *
 * <p>The finding's item is the regulation's part for the zone's kind; where that part is the
 * catch-all (四), the finding says so ({@code catch_all}), as the measures named those places
 * themselves.
 */
public final class Cn8ForbiddenRule implements Rule {
  @Override
  public void check(Scene scene, Consumer<Finding> findings) {
    SiteClasses classes = SiteClasses.of(scene.survey());
    ZoneSightings.each(scene, RegulationZones::forbidden, sighting -> {
      boolean nonPublic = classes.isPrivate(sighting.camera().siteId());
      Finding.Builder finding = Art9PrivacyRule.finding(scene.survey(), sighting,
          nonPublic ? FindingCode.CN33_PRIVACY : FindingCode.CN8_INSIDE_FORBIDDEN,
          nonPublic ? FindingCode.CN33_PRIVACY : FindingCode.CN8_FORBIDDEN_VIEW);
      PlaceKind kind = PlaceKinds.kindOf(sighting.zone()).orElseThrow();
      finding.item(nonPublic ? "(1)" : RegulationZones.part(sighting.zone()).orElse(null)).figure("kind", kind.code());
      if (nonPublic) {
        finding.figure("inside", sighting.inside());
      } else if (PlaceKinds.row(kind).catchAll()) {
        finding.figure("catch_all", true);
      }
      findings.accept(finding.build());
    });
  }
}
