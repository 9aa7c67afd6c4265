/**
 * Consultants of the regional support centre: a cooperative's board grants one read access to the cooperative
 * and revokes it; a consultant sees only the cooperatives whose grant is in force. Grants and revocations are
 * audited.
 */
package org.ridercoop.consulting;
