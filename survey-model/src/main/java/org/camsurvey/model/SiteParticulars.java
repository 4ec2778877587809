package org.camsurvey.model;

/**
 * What official documents print of the unit answering for a site besides its name and address:
 * a person to contact, a phone number, the unit's unified social credit code (统一社会信用代码), and
 * the building unit (建设单位) where it is not the using unit (Art. 15 ¶1 of the measures puts the
 * filing on it). Each may be null where the survey does not say.
 */
public record SiteParticulars(String contact, String phone, String creditCode, String builder) {
  /** A site whose survey gives none of them. */
  public static final SiteParticulars NONE = new SiteParticulars(null, null, null, null);
}
