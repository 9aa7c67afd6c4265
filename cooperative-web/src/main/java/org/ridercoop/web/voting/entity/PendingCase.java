package org.ridercoop.web.voting.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * A pending expulsion case the board may put to an assembly, with the member it is about; read from the member's
 * page of the API ({@code GET /members/{id}}: {@code member} and {@code expulsionCases}).
 */
public record PendingCase(long id, long membershipId, Integer memberNumber, String name, String ground,
                          LocalDate noticeGivenOn) {

    /** What {@code GET /coops/{c}/members/{m}} gives, as far as calling a meeting needs it. */
    public record MemberCases(RollMember member, List<Case> expulsionCases) {
        public MemberCases {
            expulsionCases = expulsionCases == null ? List.of() : List.copyOf(expulsionCases);
        }

        public List<PendingCase> pending() {
            return expulsionCases.stream().filter(c -> "PENDING".equals(c.state()))
                    .map(c -> new PendingCase(c.id(), member.id(), member.memberNumber(), member.name(), c.ground(),
                            c.noticeGivenOn()))
                    .toList();
        }
    }

    /** An expulsion case as the member's page lists it. */
    public record Case(long id, String ground, LocalDate noticeGivenOn, String state) {
    }
}
