/**
 * The laws as data: each law's identity, its text in Chinese and the project's English, how it
 * is cited, the place kinds that carry a zone from one law's items to the other's, and the
 * periods counted in days with the holiday calendar they end by.
 */
package org.camsurvey.law;
