/**
 * The laws as data: each law's identity, its text in Chinese and the project's English, how it
 * is cited, and the place kinds that carry a zone from one law's items to the other's.
 */
package org.camsurvey.law;
