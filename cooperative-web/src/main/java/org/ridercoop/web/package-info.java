/**
 * The web front end of Ridercoop: server-rendered Jakarta Faces pages that sign people in through Keycloak
 * and show what cooperative-api answers. Tokens stay on the server; the browser holds a session cookie only.
 * Feature first ({@code home}, {@code signin}), with the cross-cutting parts in {@code platform} and
 * {@code i18n}.
 */
package org.ridercoop.web;
