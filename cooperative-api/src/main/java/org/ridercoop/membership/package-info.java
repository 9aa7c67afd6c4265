/**
 * Cooperatives and their members: registration of a cooperative with its founders (§15: at least five), the
 * member register, share subscriptions under the 30% cap (§22), board positions with their terms (§34-35).
 */
package org.ridercoop.membership;
