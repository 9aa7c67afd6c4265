/**
 * The signed-in person as the platform knows them: {@code GET /api/me} answers who is calling (from the
 * token) and which cooperatives they belong to (from the database). Memberships are owned by the membership
 * feature; this one only reads the person register.
 */
package org.ridercoop.account;
