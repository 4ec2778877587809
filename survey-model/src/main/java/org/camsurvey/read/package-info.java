/**
 * Readers, one per container (GeoJSON, CSV, XLSX, KML/KMZ, GeoPackage, photos), that turn files
 * into raw layers in their own CRS, with the field mapping that renames what they read.
 */
package org.camsurvey.read;
