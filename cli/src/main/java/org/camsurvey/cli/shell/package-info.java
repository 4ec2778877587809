/** The interactive shell: JLine's line reader over the same command tree, and the commands only a session has. */
package org.camsurvey.cli.shell;
