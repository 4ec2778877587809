/** Writers that lay a survey, or any output layers, out again in a container. */
package org.camsurvey.write;
