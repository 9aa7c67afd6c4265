package org.ridercoop.web.voting.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A published ballot list, checked by the web app itself rather than taken on trust: the count of each choice,
 * whether every line links to the one before ({@code sha256(previousHash + receiptHash + choice)}, starting from
 * 64 zeros), and where a rider's receipt is. An election's line has the chosen ballot numbers joined by {@code +}
 * ("1+3"), or {@code BLANK}; each number on a line is one vote for that candidate.
 */
public record BallotList(List<PublishedBallot> lines) {
    /** The hash the API's list starts from. */
    public static final String GENESIS = "0".repeat(64);
    /** An election's ballot that chose nobody; it counts as present. */
    public static final String BLANK = "BLANK";

    public BallotList {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public long count(String choice) {
        return lines.stream().filter(l -> choice.equals(l.choice())).count();
    }

    public long getYes() {
        return count("YES");
    }

    public long getNo() {
        return count("NO");
    }

    public long getAbstain() {
        return count("ABSTAIN");
    }

    /** An election's votes for the candidate with this ballot number: the lines that name it. */
    public long votesFor(int number) {
        return lines.stream().filter(l -> numbers(l.choice()).contains(number)).count();
    }

    /** An election's blank ballots. */
    public long getBlank() {
        return count(BLANK);
    }

    /** The ballot numbers of an election's choice ("1+3" → [1, 3]); none for BLANK or a resolution's choice. */
    public static List<Integer> numbers(String choice) {
        if (choice == null || !choice.matches("[0-9]{1,3}(\\+[0-9]{1,3})*")) {
            return List.of();
        }
        return java.util.Arrays.stream(choice.split("\\+")).map(Integer::valueOf).toList();
    }

    /** Every line starts where the one before ended, and its hash is what its own content gives. */
    public boolean isIntact() {
        String previous = GENESIS;
        for (PublishedBallot line : lines) {
            if (!previous.equals(line.previousHash()) || line.choice() == null
                    || !sha256(previous + line.receiptHash() + line.choice()).equals(line.hash())) {
                return false;
            }
            previous = line.hash();
        }
        return true;
    }

    /** The hash the last line ends with (the result's {@code ballotListHead}); the start for an empty list. */
    public String head() {
        return lines.isEmpty() ? GENESIS : lines.getLast().hash();
    }

    /** The line of a receipt as the rider typed it: spaces around it dropped, small letters read as capitals. */
    public Optional<PublishedBallot> find(String receipt) {
        if (receipt == null || receipt.isBlank()) {
            return Optional.empty();
        }
        String hash = receiptHash(receipt);
        return lines.stream().filter(l -> hash.equalsIgnoreCase(l.receiptHash())).findFirst();
    }

    /** SHA-256 (hex) of the receipt, trimmed and upper-cased: what the API stored and published. */
    public static String receiptHash(String receipt) {
        return sha256(receipt.strip().toUpperCase(Locale.ROOT));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
