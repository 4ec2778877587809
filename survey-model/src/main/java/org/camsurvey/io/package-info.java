/**
 * Readers, one per container, that turn files into raw layers; the assembler that validates raw
 * layers into a {@link org.camsurvey.model.Survey} in one local metric frame; and the writers
 * that lay a survey, or any output layers, out again in a container.
 */
package org.camsurvey.io;
