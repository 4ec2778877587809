package org.camsurvey.read;

/** The value types of docs/SURVEY-FORMAT.md's fields, as writers map them onto their containers. */
public enum FieldType {
  TEXT,
  REAL,
  INTEGER,
  /** yes / no; written as a container's boolean where it has one. */
  BOOLEAN,
  DATE,
  DATE_TIME
}
