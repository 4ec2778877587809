/**
 * The ESRI Shapefile container, read by the project itself: {@code .shp} geometry, {@code .shx}
 * index, {@code .dbf} attributes with their code page, {@code .prj} CRS, in a folder or a zip.
 */
package org.camsurvey.read.shapefile;
