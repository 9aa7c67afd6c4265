package org.ridercoop.web.coop.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.home.entity.Lookup.Reason;

class CooperativeLookupTest {

    @Test
    void notFoundAndForbiddenAreAnswersTheRestFailures() {
        assertThat(CooperativeLookup.answerFor(404, "test")).isEqualTo(new Answer.NotFound<>());
        assertThat(CooperativeLookup.answerFor(403, "test")).isEqualTo(new Answer.Forbidden<>());
        assertThat(CooperativeLookup.answerFor(401, "test")).isEqualTo(new Answer.Failed<>(Reason.SIGN_IN_AGAIN));
        assertThat(CooperativeLookup.answerFor(500, "test")).isEqualTo(new Answer.Failed<>(Reason.UNEXPECTED));
    }
}
