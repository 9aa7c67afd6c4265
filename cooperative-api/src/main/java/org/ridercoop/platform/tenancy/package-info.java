/**
 * Tenancy: every cooperative-owned resource lives under {@code /api/coops/{coopId}/...}. Which relation the
 * caller has with that cooperative (member, board, consultant with a grant, platform operator) is resolved once
 * per request, here and nowhere else; a cooperative the caller has no relation with answers 404.
 */
package org.ridercoop.platform.tenancy;
