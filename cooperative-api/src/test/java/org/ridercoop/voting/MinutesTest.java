package org.ridercoop.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.voting.entity.Minutes;

class MinutesTest {
    private static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");

    private static int status(Throwable e) {
        return ((ProblemException) e).problem().status();
    }

    @Test
    void theChairAndAtLeastThreeOtherMembersSign() {
        Minutes minutes = new Minutes(5, 1);
        assertThatThrownBy(() -> minutes.draft(1, List.of(2L, 3L), "", "이사장", NOW)).satisfies(e -> assertThat(status(e)).isEqualTo(422));
        assertThatThrownBy(() -> minutes.draft(1, List.of(1L, 2L, 3L), "", "이사장", NOW)).satisfies(e -> assertThat(status(e)).isEqualTo(422));
        assertThatThrownBy(() -> minutes.draft(1, List.of(2L, 2L, 3L, 4L), "", "이사장", NOW)).satisfies(e -> assertThat(status(e)).isEqualTo(400));
        minutes.draft(1, List.of(2L, 3L, 4L), "  회의록 본문  ", "이사장", NOW);
        assertThat(minutes.signatories()).extracting(Minutes.Signatory::role)
                .containsExactly(Minutes.Role.CHAIR, Minutes.Role.MEMBER, Minutes.Role.MEMBER, Minutes.Role.MEMBER);
        assertThat(minutes.proceedings()).isEqualTo("회의록 본문");
        assertThat(minutes.complete()).isFalse();
    }

    @Test
    void eachSignsOnceOnlySignatoriesSignAndSignedMinutesAreFixed() {
        Minutes minutes = new Minutes(5, 1);
        minutes.draft(1, List.of(2L, 3L, 4L), null, "이사장", NOW);
        minutes.draft(1, List.of(2L, 3L, 5L), null, "이사장", NOW);
        assertThat(minutes.maySign(4)).isFalse();
        assertThatThrownBy(() -> minutes.sign(4, NOW)).satisfies(e -> assertThat(status(e)).isEqualTo(403));
        minutes.sign(2, NOW);
        assertThatThrownBy(() -> minutes.sign(2, NOW)).satisfies(e -> assertThat(status(e)).isEqualTo(409));
        assertThatThrownBy(() -> minutes.draft(1, List.of(2L, 3L, 4L), null, "이사장", NOW)).satisfies(e -> assertThat(status(e)).isEqualTo(409));
        for (long id : new long[] {1, 3, 5}) {
            assertThat(minutes.complete()).isFalse();
            minutes.sign(id, NOW.plusSeconds(id));
        }
        assertThat(minutes.complete()).isTrue();
        assertThat(minutes.signatories()).allSatisfy(s -> assertThat(s.signedAt()).isNotNull());
    }
}
