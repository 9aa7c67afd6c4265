package org.ridercoop.web.membership.entity;

import java.time.Instant;
import java.time.LocalDate;

/** A proposal to the general assembly to expel a member, with the notice the member was given. */
public record ExpulsionCase(long id, String ground, String details, LocalDate noticeGivenOn, LocalDate assemblyOn,
                            String state, Instant openedAt, String openedBy, LocalDate decidedOn) {

    public boolean isPending() {
        return "PENDING".equals(state);
    }
}
