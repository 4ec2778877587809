/** One picocli class per subcommand, each a thin layer over survey-model and reports. */
package org.camsurvey.cli.command;
