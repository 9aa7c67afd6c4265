package org.ridercoop.web.dues.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementProblemTest {

    @Test
    void theApisDetailBecomesALineByLineListWhatWasWrongWithEach() {
        StatementProblem problem = StatementProblem.parse("Nothing was recorded. line 3: the day \"어제\" is not a date (e.g. 2026-11-03); "
                + "line 5: the amount \"1.5\" is not a whole number of won; line 8: the day 2026-12-01 is in the future; "
                + "line 9: something new; with a semicolon");
        assertThat(problem.lines()).containsExactly(
                new StatementProblem.BadLine(3, "day", "어제", "the day \"어제\" is not a date (e.g. 2026-11-03)"),
                new StatementProblem.BadLine(5, "amount", "1.5", "the amount \"1.5\" is not a whole number of won"),
                new StatementProblem.BadLine(8, "future", "2026-12-01", "the day 2026-12-01 is in the future"),
                new StatementProblem.BadLine(9, "other", null, "something new; with a semicolon"));
        assertThat(problem.getNumbers()).isEqualTo("3, 5, 8, 9");
    }

    @Test
    void aDetailWithoutLinesGivesNone() {
        assertThat(StatementProblem.parse("Nothing was recorded.").lines()).isEmpty();
        assertThat(StatementProblem.parse(null).lines()).isEmpty();
    }
}
