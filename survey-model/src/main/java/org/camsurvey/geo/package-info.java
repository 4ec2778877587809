/**
 * Coordinates and geometry: CRSs, the survey's local metric frame, fields of view built from
 * geodesics, image-quality ranges. Knows nothing of the survey model.
 */
package org.camsurvey.geo;
