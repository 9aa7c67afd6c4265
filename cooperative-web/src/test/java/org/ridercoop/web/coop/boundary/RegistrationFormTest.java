package org.ridercoop.web.coop.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.coop.entity.NewCooperative;
import org.ridercoop.web.platform.api.Problem;

class RegistrationFormTest {

    @Test
    void numbersMayCarryCommasAndTheWonSignAnythingElseIsLeftToTheApi() {
        assertThat(RegistrationForm.number("50,000")).isEqualTo(50_000L);
        assertThat(RegistrationForm.number(" 50000원 ")).isEqualTo(50_000L);
        assertThat(RegistrationForm.number("오만")).isNull();
        assertThat(RegistrationForm.number("")).isNull();
        assertThat(RegistrationForm.integer("99999999999")).isNull();
        assertThat(RegistrationForm.integer("12")).isEqualTo(12);
    }

    @Test
    void emptyLinesAreNotSentAndTheApisFieldErrorsLandOnTheRowsTheyCameFrom() {
        RegistrationForm form = new RegistrationForm();
        form.addFounder();
        fill(form, 0, "박서연", "CHAIR");
        fill(form, 2, "김민준", "");
        fill(form, 5, "이지은", "");
        form.getFounders().get(5).setShares("0");

        NewCooperative body = form.body();
        assertThat(body.founders()).extracting(NewCooperative.Founder::name).containsExactly("박서연", "김민준", "이지은");
        assertThat(body.founders().get(1).position()).as("no office is left out, not sent empty").isNull();
        assertThat(body.founders().get(0).shares()).isEqualTo(1);

        form.show(new Problem("urn:ridercoop:problem:validation", "Invalid", 400, null,
                List.of(new Problem.FieldError("founders[2].shares", "1 to 1,000,000 shares"),
                        new Problem.FieldError("founders", "at least 5 founders are required (§15), at most 500"))));
        assertThat(form.founderError(5, "shares")).isEqualTo("1 to 1,000,000 shares");
        assertThat(form.founderError(2, "shares")).isNull();
        assertThat(form.error("founders")).startsWith("at least 5");
        assertThat(form.getProblem()).isEqualTo("register.problem.fields");

        form.show(new Problem("urn:ridercoop:problem:one-chair", "One chair", 422, "only one founder can be the chair", List.of()));
        assertThat(form.getProblem()).isEqualTo("register.problem.rule");
        assertThat(form.getProblemDetail()).isEqualTo("only one founder can be the chair");
    }

    private static void fill(RegistrationForm form, int row, String name, String position) {
        RegistrationForm.FounderRow founder = form.getFounders().get(row);
        founder.setName(name);
        founder.setEmail(row + "@example.org");
        founder.setPosition(position);
    }
}
