package org.ridercoop.web.voting.entity;

import java.time.LocalDate;

/**
 * A pending expulsion case the board may put to an assembly, with the member it is about
 * ({@code GET /coops/{c}/expulsion-cases}: the cooperative's pending cases in one list).
 */
public record PendingCase(long membershipId, Integer memberNumber, String name, Case expulsionCase) {

    /** The case's id, which a motion to expel names. */
    public long id() {
        return expulsionCase.id();
    }

    public String ground() {
        return expulsionCase.ground();
    }

    public LocalDate noticeGivenOn() {
        return expulsionCase.noticeGivenOn();
    }

    /** The case as the list gives it, as far as calling a meeting needs it. */
    public record Case(long id, String ground, String details, LocalDate noticeGivenOn, LocalDate assemblyOn, String state) {
    }
}
