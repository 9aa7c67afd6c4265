package org.ridercoop.web.voting.entity;

import java.time.Instant;

/**
 * A member's proxy at one meeting (§23): another member ({@code proxyMembershipId}) or a cohabiting family member
 * named with the relationship, and the reference of the written proof.
 */
public record Proxy(long id, long principalMembershipId, Long proxyMembershipId, String proxyName, String relationship,
                    String proof, Instant registeredAt, String registeredBy) {

    public boolean isMember() {
        return proxyMembershipId != null;
    }
}
