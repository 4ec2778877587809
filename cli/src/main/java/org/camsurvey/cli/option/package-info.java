/** Options several commands share, as picocli mixins, and their type converters. */
package org.camsurvey.cli.option;
