/** What to change so that a site breaks no rule on where cameras look: the search behind {@code fix}. */
package org.camsurvey.remedy;
