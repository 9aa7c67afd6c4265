package org.ridercoop.platform.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of checking one chain: how many records, and the first broken link if any. */
@Schema(name = "ChainVerification")
public record ChainVerification(String chain, long records, boolean intact, Long firstBrokenSeq, Long firstBrokenId,
                                String reason) {

    /** Walks the links in order and stops at the first that does not follow from the one before. */
    static final class Walker {
        private final String chain;
        private long expectedSeq = 1;
        private String previousHash = AuditLink.GENESIS;
        private long count;
        private ChainVerification broken;

        Walker(String chain) {
            this.chain = chain;
        }

        /** @return false once a broken link was found */
        boolean accept(long id, AuditLink link) {
            if (broken != null) {
                return false;
            }
            count++;
            String reason = null;
            if (link.seq() != expectedSeq) {
                reason = "expected record " + expectedSeq + " of the chain, found " + link.seq() + " (a record is missing)";
            } else if (!link.prevHash().equals(previousHash)) {
                reason = "does not point to the hash of the record before it";
            } else if (!link.computeHash().equals(link.hash())) {
                reason = "its content does not match its hash (it was changed)";
            }
            if (reason != null) {
                broken = new ChainVerification(chain, count, false, link.seq(), id, reason);
                return false;
            }
            expectedSeq++;
            previousHash = link.hash();
            return true;
        }

        ChainVerification result() {
            return broken != null ? broken : new ChainVerification(chain, count, true, null, null, null);
        }
    }

}
