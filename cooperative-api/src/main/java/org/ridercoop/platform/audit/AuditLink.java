package org.ridercoop.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The content of one audit record and the rule that chains it: {@code hash = SHA-256(prevHash, chain, seq, coop,
 * time, actor, action, entity, before, after)}, each field length-prefixed so that no two contents hash alike.
 */
public record AuditLink(String chain, long seq, Long coopId, Instant recordedAt, String actorSubject, String actorName,
                        String action, String entityType, String entityId, String before, String after,
                        String prevHash, String hash) {

    /** The hash before the first record of every chain. */
    public static final String GENESIS = "0".repeat(64);

    /** A new link after {@code prevHash}, its time cut to what the database keeps (microseconds). */
    static AuditLink next(String chain, long seq, Long coopId, Instant at, String actorSubject, String actorName,
                          String action, String entityType, String entityId, String before, String after, String prevHash) {
        Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        AuditLink unsigned = new AuditLink(chain, seq, coopId, stored, actorSubject, actorName, action, entityType,
                entityId, before, after, prevHash, null);
        return new AuditLink(chain, seq, coopId, stored, actorSubject, actorName, action, entityType, entityId,
                before, after, prevHash, unsigned.computeHash());
    }

    /** The hash this content must have. */
    public String computeHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String field : new String[] {prevHash, chain, Long.toString(seq), coopId == null ? "" : coopId.toString(),
                    recordedAt.truncatedTo(ChronoUnit.MICROS).toString(), actorSubject, actorName, action, entityType,
                    entityId, before == null ? "\u0000" : before, after == null ? "\u0000" : after}) {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
