/** Checks many surveys site by site into one folder: the engine {@code batch} calls, without a command line. */
package org.camsurvey.batch;
