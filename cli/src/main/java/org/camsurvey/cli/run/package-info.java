/**
 * What a command's run shares with every other, below the commands, options and shell: its exit
 * codes and failures, its output files written whole or not at all, its progress bar, the
 * terminal it writes to, the version, and the shell's open survey with the factory of its
 * command trees.
 */
package org.camsurvey.cli.run;
