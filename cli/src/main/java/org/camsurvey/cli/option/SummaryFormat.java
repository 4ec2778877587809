package org.camsurvey.cli.option;

/** How a command that reports what it did prints it: lines for people, or one JSON document for scripts. */
public enum SummaryFormat {
  text,
  json
}
