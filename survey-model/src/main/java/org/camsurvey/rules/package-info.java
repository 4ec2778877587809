/**
 * The rules of docs/RULES.md, one class per article family, each turning a survey into findings
 * under the statute of {@code org.camsurvey.law}.
 */
package org.camsurvey.rules;
