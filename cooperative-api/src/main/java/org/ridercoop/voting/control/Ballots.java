package org.ridercoop.voting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ridercoop.platform.crypto.Sha256;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.voting.entity.Choice;

/**
 * Votes, kept as two facts that share only the motion: that a member took part ({@code participation}, unique
 * per member and motion) and what was voted ({@code ballot}: a random id, the hash of a receipt, the choice; no
 * member, no time). Nothing here reads the two together.
 */
@ApplicationScoped
public class Ballots {
    /** The hash a published list starts from. */
    public static final String GENESIS = "0".repeat(64);
    private static final char[] RECEIPT_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "coop")
    EntityManager em;

    /**
     * Records that the member took part and what they voted; 409 if they already voted on the motion, in any way.
     * A second request of the same member waits on the first one's row and is refused once it committed.
     *
     * @return the receipt: shown once to the voter, only its hash is stored
     */
    public String cast(long motionId, long membershipId, String choice, String channel, String enteredBy) {
        int took = em.createNativeQuery("INSERT IGNORE INTO participation (motion_id, membership_id, channel, entered_by) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, motionId).setParameter(2, membershipId).setParameter(3, channel).setParameter(4, enteredBy).executeUpdate();
        if (took == 0) {
            throw ProblemException.conflict("already-voted", "This member has already voted on this motion.");
        }
        String receipt = newReceipt();
        em.createNativeQuery("INSERT INTO ballot (id, motion_id, receipt_hash, choice) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, UUID.randomUUID().toString()).setParameter(2, motionId).setParameter(3, hash(receipt))
                .setParameter(4, choice).executeUpdate();
        return receipt;
    }

    public boolean voted(long motionId, long membershipId) {
        return !em.createNativeQuery("SELECT 1 FROM participation WHERE motion_id = ?1 AND membership_id = ?2")
                .setParameter(1, motionId).setParameter(2, membershipId).getResultList().isEmpty();
    }

    /** How many took part in the vote on a motion (present, for the quorum). */
    public long participants(long motionId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM participation WHERE motion_id = ?1").setParameter(1, motionId)
                .getSingleResult()).longValue();
    }

    /** Of those, how many were present through their proxy (§23②). */
    public long byProxy(long motionId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM participation WHERE motion_id = ?1 AND channel = 'PROXY'")
                .setParameter(1, motionId).getSingleResult()).longValue();
    }

    /** The ballots of a motion, by receipt hash (an order that says nothing of when they were cast), hash-chained. */
    public List<PublishedBallot> published(long motionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT receipt_hash, choice FROM ballot WHERE motion_id = ?1 ORDER BY receipt_hash")
                .setParameter(1, motionId).getResultList();
        List<PublishedBallot> list = new ArrayList<>(rows.size());
        String previous = GENESIS;
        for (Object[] row : rows) {
            String receiptHash = (String) row[0];
            String choice = (String) row[1];
            String link = link(previous, receiptHash, choice);
            list.add(new PublishedBallot(receiptHash, choice, previous, link));
            previous = link;
        }
        return list;
    }

    /** The count of a resolution's published list, as anyone can recompute it. */
    public static Map<Choice, Long> count(List<PublishedBallot> ballots) {
        Map<Choice, Long> counts = new EnumMap<>(Choice.class);
        for (Choice choice : Choice.values()) {
            counts.put(choice, 0L);
        }
        ballots.forEach(b -> counts.merge(Choice.valueOf(b.choice()), 1L, Long::sum));
        return counts;
    }

    /**
     * One line of the published list; {@code choice} is YES, NO or ABSTAIN for a resolution, the marked ballot
     * numbers ("1+3") or BLANK for an election.
     */
    public record PublishedBallot(String receiptHash, String choice, String previousHash, String hash) {
    }

    /** {@code sha256(previous + receiptHash + choice)}, hex. */
    public static String link(String previous, String receiptHash, String choice) {
        return hash(previous + receiptHash + choice);
    }

    /** SHA-256 of the text, hex: what a voter computes from their receipt to find it in the list. */
    public static String hash(String text) {
        return Sha256.hex(text);
    }

    /** 20 characters without look-alikes (no 0/O, 1/I/L), in groups of five: about 99 bits. */
    static String newReceipt() {
        StringBuilder receipt = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                receipt.append('-');
            }
            receipt.append(RECEIPT_ALPHABET[RANDOM.nextInt(RECEIPT_ALPHABET.length)]);
        }
        return receipt.toString();
    }
}
