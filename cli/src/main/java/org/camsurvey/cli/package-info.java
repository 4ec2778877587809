/**
 * The command line's top: the entry point, the root command that lists the subcommands, and the
 * handlers that turn a failure or a wrong command line into its exit code and one line.
 */
package org.camsurvey.cli;
