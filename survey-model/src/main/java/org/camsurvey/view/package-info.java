/**
 * What the cameras see: each camera's views, built once per check into a {@link
 * org.camsurvey.view.Scene}, and every mandated zone's coverage.
 */
package org.camsurvey.view;
