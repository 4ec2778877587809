/**
 * Readers, one per container, that turn files into raw layers; and the assembler that
 * validates raw layers into a {@link org.camsurvey.model.Survey} in one local metric frame.
 */
package org.camsurvey.io;
