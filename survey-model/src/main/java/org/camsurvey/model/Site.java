package org.camsurvey.model;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One surveyed site (a school, a hotel, a street).
 *
 * @param siteId the id cameras, zones and obstacles refer to
 * @param name the site's name, or null
 * @param address the site's address, or null
 * @param operator the using unit, or null
 * @param boundary the site's outline in the local frame, or null
 * @param siteClass the kind of place under the 2025 regulation, or null where the survey does not say
 * @param particulars the unit's contact, phone, credit code and building unit, as far as given
 */
public record Site(String siteId, String name, String address, String operator, Geometry boundary,
    SiteClass siteClass, SiteParticulars particulars) {
  public Site {
    Objects.requireNonNull(siteId, "siteId");
    particulars = particulars == null ? SiteParticulars.NONE : particulars;
  }

  /** A site whose unit's particulars the survey does not give. */
  public Site(String siteId, String name, String address, String operator, Geometry boundary, SiteClass siteClass) {
    this(siteId, name, address, operator, boundary, siteClass, SiteParticulars.NONE);
  }

  /** A site whose class the survey does not give. */
  public Site(String siteId, String name, String address, String operator, Geometry boundary) {
    this(siteId, name, address, operator, boundary, null);
  }
}
