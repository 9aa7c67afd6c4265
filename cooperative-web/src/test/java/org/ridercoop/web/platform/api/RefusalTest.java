package org.ridercoop.web.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.home.entity.Lookup.Reason;

class RefusalTest {

    @Test
    void aCommonProblemIsToldInThePersonsLanguageNotInTheApisEnglish() {
        Refusal refusal = Refusal.of(new Problem("urn:ridercoop:problem:share-cap", "Share cap", 422,
                "one member may hold at most 30% of all shares", List.of()));
        assertThat(refusal.messageKey()).isEqualTo("problem.share-cap");
        assertThat(refusal.detail()).isNull();
        assertThat(Refusal.of(new Problem("https://ridercoop.example/problems/stale-version", null, 409, "x", null))
                .messageKey()).isEqualTo("problem.stale-version");
    }

    @Test
    void anotherRuleShowsTheApisDetailAndFieldErrorsLandOnTheirFields() {
        Refusal rule = Refusal.of(new Problem("urn:ridercoop:problem:something-new", null, 422, "the reason", List.of()));
        assertThat(rule.messageKey()).isEqualTo("problem.rule");
        assertThat(rule.detail()).isEqualTo("the reason");

        Refusal fields = Refusal.of(new Problem("urn:ridercoop:problem:validation", null, 400, "Invalid",
                List.of(new Problem.FieldError("shares", "at least 1"), new Problem.FieldError("shares", "a whole number"),
                        new Problem.FieldError("name", "is required"))));
        assertThat(fields.messageKey()).isEqualTo("problem.fields");
        assertThat(fields.detail()).isNull();
        assertThat(fields.field("shares")).isEqualTo("at least 1; a whole number");
        assertThat(fields.hasField("name")).isTrue();
        assertThat(fields.hasField("phone")).isFalse();
    }

    @Test
    void answersThatAreNotRefusalsHaveTheirOwnMessages() {
        assertThat(Refusal.of(new Answer.Found<>("x"))).isNull();
        assertThat(Refusal.of(new Answer.Forbidden<>()).messageKey()).isEqualTo("problem.forbidden");
        assertThat(Refusal.of(new Answer.NotFound<>()).messageKey()).isEqualTo("problem.not_found");
        assertThat(Refusal.of(new Answer.Failed<>(Reason.UNAVAILABLE)).messageKey()).isEqualTo("api.unavailable");
    }

    @Test
    void theSlugIsWhatEndsTheType() {
        assertThat(Refusal.slug("urn:ridercoop:problem:one-chair")).isEqualTo("one-chair");
        assertThat(Refusal.slug("/problems/overpaid")).isEqualTo("overpaid");
        assertThat(Refusal.slug(null)).isEmpty();
    }
}
