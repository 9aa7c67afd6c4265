package org.ridercoop.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:15:30.123456789Z");

    @Test
    void anUntouchedChainIsIntact() {
        List<AuditLink> chain = chain(5);
        ChainVerification result = walk(chain);

        assertThat(result.intact()).isTrue();
        assertThat(result.records()).isEqualTo(5);
        assertThat(chain.get(0).prevHash()).isEqualTo(AuditLink.GENESIS);
        assertThat(chain.get(1).prevHash()).isEqualTo(chain.get(0).hash());
    }

    @Test
    void aChangedRecordIsTheFirstBrokenLink() {
        List<AuditLink> chain = chain(5);
        AuditLink third = chain.get(2);
        chain.set(2, new AuditLink(third.chain(), third.seq(), third.coopId(), third.recordedAt(), third.actorSubject(),
                "someone else", third.action(), third.entityType(), third.entityId(), third.before(), third.after(),
                third.prevHash(), third.hash()));

        ChainVerification result = walk(chain);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(3);
        assertThat(result.reason()).contains("changed");
    }

    @Test
    void aRemovedRecordIsFound() {
        List<AuditLink> chain = chain(5);
        chain.remove(1);

        ChainVerification result = walk(chain);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(3);
        assertThat(result.reason()).contains("missing");
    }

    @Test
    void aRecordRewrittenWithAFreshHashStillBreaksTheNextLink() {
        List<AuditLink> chain = chain(4);
        AuditLink second = chain.get(1);
        chain.set(1, AuditLink.next(second.chain(), second.seq(), second.coopId(), second.recordedAt(), second.actorSubject(),
                second.actorName(), "forged", second.entityType(), second.entityId(), second.before(), second.after(),
                second.prevHash()));

        ChainVerification result = walk(chain);

        assertThat(result.firstBrokenSeq()).isEqualTo(3);
        assertThat(result.reason()).contains("does not point");
    }

    @Test
    void theHashKeepsMicrosecondsOnlyAsTheDatabaseDoes() {
        AuditLink link = chain(1).get(0);
        assertThat(link.recordedAt().getNano() % 1000).isZero();
        assertThat(link.computeHash()).isEqualTo(link.hash()).hasSize(64);
    }

    private static List<AuditLink> chain(int n) {
        List<AuditLink> links = new ArrayList<>();
        String previous = AuditLink.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditLink link = AuditLink.next("coop:1", i, 1L, T0.plusSeconds(i), "sub-" + i, "김민준", "membership.founded",
                    "membership", Integer.toString(i), null, "{\"shares\":" + i + "}", previous);
            links.add(link);
            previous = link.hash();
        }
        return links;
    }

    private static ChainVerification walk(List<AuditLink> links) {
        ChainVerification.Walker walker = new ChainVerification.Walker("coop:1");
        for (AuditLink link : links) {
            if (!walker.accept(link.seq(), link)) {
                break;
            }
        }
        return walker.result();
    }
}
