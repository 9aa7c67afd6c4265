package org.ridercoop.web.voting.entity;

import java.util.List;
import java.util.Optional;

/**
 * An election of officers on the agenda: the office, how many seats, how a tie for the last seat is broken
 * ({@code LOT} or {@code SENIORITY}; the page says it in its own words, not the API's English {@code tieRuleText}),
 * and the candidates by their ballot number.
 */
public record Election(String office, int seats, String tieRule, String tieRuleText, List<Candidate> candidates) {
    public static final List<String> OFFICES = List.of("CHAIR", "DIRECTOR", "AUDITOR");
    public static final List<String> TIE_RULES = List.of("LOT", "SENIORITY");

    public Election {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public Optional<Candidate> candidate(int number) {
        return candidates.stream().filter(c -> c.number() == number).findFirst();
    }

    /** A candidate as the ballot lists them: {@code number} is what a vote sends. */
    public record Candidate(int number, long membershipId, Integer memberNumber, String name) {
    }
}
