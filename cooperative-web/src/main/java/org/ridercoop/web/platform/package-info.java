/**
 * Cross-cutting web concerns: where the app and Keycloak live (MicroProfile Config), security headers,
 * the session cookie's flags, the same-origin check on state-changing requests, and the error page.
 */
package org.ridercoop.web.platform;
