/**
 * Findings, fields of view and the statute rendered for people (tables, messages in Chinese or
 * English) and for scripts (JSON, CSV, GeoJSON).
 */
package org.camsurvey.report;
