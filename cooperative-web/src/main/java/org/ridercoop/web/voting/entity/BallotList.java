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
 * 64 zeros), and where a rider's receipt is.
 */
public record BallotList(List<PublishedBallot> lines) {
    /** The hash the API's list starts from. */
    public static final String GENESIS = "0".repeat(64);

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
