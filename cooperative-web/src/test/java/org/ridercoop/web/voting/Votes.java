package org.ridercoop.web.voting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ridercoop.web.voting.entity.BallotList;
import org.ridercoop.web.voting.entity.Election;
import org.ridercoop.web.voting.entity.Meeting;
import org.ridercoop.web.voting.entity.Motion;
import org.ridercoop.web.voting.entity.PublishedBallot;

/** Meetings and ballot lists as the API would describe them, for the voting tests. */
public final class Votes {
    public static final Instant STARTS = Instant.parse("2026-12-05T10:00:00Z");

    private Votes() {
    }

    public static Meeting meeting(String state, Boolean eligible, Boolean voted) {
        return meeting(state, eligible, voted, List.of());
    }

    /** The same meeting for a member who is the registered proxy of the members given. */
    public static Meeting meeting(String state, Boolean eligible, Boolean voted, List<Meeting.Principal> represents) {
        return new Meeting(3, "ORDINARY_GENERAL_ASSEMBLY", "2026년 정기총회", STARTS, "대구 북구 조합 사무실",
                LocalDate.of(2026, 11, 25), STARTS.minusSeconds(864_000), STARTS.minusSeconds(864_000), STARTS, state, 7,
                "박서연", eligible, List.of(new Motion(11, 1, "결산 승인", null, "ORDINARY", "more than half", null, null, null, voted),
                new Motion(12, 2, "정관 변경", "제31조", "SPECIAL", "two thirds", null, null, null, eligible == Boolean.TRUE ? Boolean.FALSE : null)), represents);
    }

    /** A meeting whose agenda is an election of two directors among three candidates, numbered 1 to 3. */
    public static Meeting election(String state, Boolean eligible, Boolean voted) {
        return new Meeting(3, "ORDINARY_GENERAL_ASSEMBLY", "2026년 정기총회", STARTS, "대구 북구 조합 사무실",
                LocalDate.of(2026, 11, 25), STARTS.minusSeconds(864_000), STARTS.minusSeconds(864_000), STARTS, state, 7,
                "박서연", eligible, List.of(new Motion(13, 1, "이사 선출", null, "ORDINARY", "more than half", null, null, ELECTION, voted)), List.of());
    }

    public static final Election ELECTION = new Election("DIRECTOR", 2, "LOT", "Ties for the last seat are decided by lot",
            List.of(new Election.Candidate(1, 21, 2, "김민준"), new Election.Candidate(2, 22, 3, "최도윤"),
                    new Election.Candidate(3, 26, 6, "이지은")));

    /** A list as the API publishes it: receipts and choices given in pairs, sorted by receipt hash, hash-chained. */
    public static List<PublishedBallot> chained(String... receiptsAndChoices) {
        List<String[]> ballots = new ArrayList<>();
        for (int i = 0; i < receiptsAndChoices.length; i += 2) {
            ballots.add(new String[] {BallotList.receiptHash(receiptsAndChoices[i]), receiptsAndChoices[i + 1]});
        }
        ballots.sort(java.util.Comparator.comparing(b -> b[0]));
        List<PublishedBallot> lines = new ArrayList<>();
        String previous = BallotList.GENESIS;
        for (String[] b : ballots) {
            String hash = sha256(previous + b[0] + b[1]);
            lines.add(new PublishedBallot(b[0], b[1], previous, hash));
            previous = hash;
        }
        return lines;
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
