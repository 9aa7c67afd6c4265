package org.ridercoop.web.payouts.entity;

import java.util.List;

/**
 * A proposal with each member's dividends ({@code GET …/surplus-proposals/{id}}): what they would be until the
 * assembly adopts it, then what was posted, reinvested and paid. A plain member gets their own line only.
 */
public record SurplusView(SurplusProposal proposal, List<Dividend> dividends) {
    public SurplusView {
        dividends = dividends == null ? List.of() : List.copyOf(dividends);
    }

    public long getOutstanding() {
        return dividends.stream().filter(d -> d.getOutstandingWon() > 0).count();
    }
}
