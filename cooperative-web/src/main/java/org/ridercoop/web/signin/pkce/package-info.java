/**
 * PKCE (RFC 7636, S256) for the standard Jakarta Security OpenID Connect mechanism: Soteria 3.0 sends neither
 * {@code code_challenge} nor {@code code_verifier}, and Keycloak requires both for {@code coop-web}. A portable
 * CDI extension has CDI create PKCE subclasses of Soteria's authentication and token controllers; everything else
 * (state, nonce, token validation, refresh, logout) stays the mechanism's own.
 */
package org.ridercoop.web.signin.pkce;
