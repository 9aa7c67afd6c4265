package org.ridercoop.web.payouts.entity;

import java.time.Instant;
import java.util.List;

/**
 * A meeting as the surplus pages read it from the meetings ({@code GET …/meetings}): enough to name the assembly that
 * decides a proposal and to lead to its page.
 */
public record Assembly(long id, String kind, String title, Instant startsAt, String state, List<Item> motions) {
    public Assembly {
        motions = motions == null ? List.of() : List.copyOf(motions);
    }

    /** A motion of its agenda; {@code surplusProposalId} names the proposal it decides. */
    public record Item(long id, Long surplusProposalId) {
    }

    public boolean decides(long motionId) {
        return motions.stream().anyMatch(m -> m.id() == motionId);
    }
}
