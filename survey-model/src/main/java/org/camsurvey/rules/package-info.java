/**
 * The rules of RULES.md, one class per article family, each turning a survey into findings;
 * and the statute they rest on, parsed from the text shipped as a resource.
 */
package org.camsurvey.rules;
