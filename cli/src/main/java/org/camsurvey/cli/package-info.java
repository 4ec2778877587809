/** The command line: the root command, its entry point, exit codes and error handling. */
package org.camsurvey.cli;
