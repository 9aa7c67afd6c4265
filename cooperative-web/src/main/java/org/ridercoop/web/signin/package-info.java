/**
 * Signing in and out through Keycloak: the OpenID Connect mechanism definition and its settings, the callback
 * that returns a person to the page they wanted, and the sign-out action. PKCE lives in {@code pkce}.
 */
package org.ridercoop.web.signin;
