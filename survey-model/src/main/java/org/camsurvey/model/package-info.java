/** The survey as immutable values: sites, cameras, zones, obstacles, access-log entries and findings. */
package org.camsurvey.model;
