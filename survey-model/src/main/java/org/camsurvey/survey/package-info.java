/**
 * Assembling raw layers into a validated {@link org.camsurvey.model.Survey} in one local metric
 * frame: per-layer validation, defaults, reprojection, repair, the digest, the reader registry
 * and the cutting of a survey into sites.
 */
package org.camsurvey.survey;
