package org.ridercoop.web.coop.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.membership.entity.Member;

class RegisterTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final List<Member> DAEGU = List.of(
            member(3, "최도윤", 2), member(1, "박서연", 3), member(2, "김민준", 2), member(null, "Kim Applicant", 0),
            member(12, "이지은", 1), left(4, "정하린", "WITHDRAWN"));

    @Test
    void totalsCoverTheMembersOfTodayAndTheCapitalIsSharesTimesThePrice() {
        Register register = Register.of(DAEGU, "", 50_000);

        assertThat(register.members()).as("neither the applicant nor the one who left").isEqualTo(4);
        assertThat(register.shares()).isEqualTo(8);
        assertThat(register.capitalWon()).isEqualTo(400_000);
        assertThat(register.paidInWon()).isEqualTo(8 * 40_000);
        assertThat(register.lines()).extracting(Member::name).as("member-number order, applicants last")
                .containsExactly("박서연", "김민준", "최도윤", "정하린", "이지은", "Kim Applicant");
    }

    @Test
    void theStatusFilterKeepsTheLinesOfOneStatusAndTheTotalsOfAll() {
        Register applicants = Register.of(DAEGU, "", "APPLICANT", 50_000);
        assertThat(applicants.lines()).extracting(Member::name).containsExactly("Kim Applicant");
        assertThat(applicants.members()).isEqualTo(4);
        assertThat(Register.of(DAEGU, "", " ", 50_000).lines()).hasSize(6);
        assertThat(Register.of(DAEGU, "정하린", "ACTIVE", 50_000).lines()).isEmpty();
        assertThat(Register.of(DAEGU, "harin@", 50_000).lines()).as("part of the e-mail address")
                .extracting(Member::name).containsExactly("정하린");
    }

    @Test
    void aSearchFiltersTheLinesByPartOfTheNameOrTheExactNumberButNotTheTotals() {
        assertThat(Register.of(DAEGU, "민준", 50_000).lines()).extracting(Member::name).containsExactly("김민준");
        assertThat(Register.of(DAEGU, "kim", 50_000).lines()).extracting(Member::name).containsExactly("Kim Applicant");
        assertThat(Register.of(DAEGU, " 2 ", 50_000).lines()).extracting(Member::name).containsExactly("김민준");
        assertThat(Register.of(DAEGU, "#12", 50_000).lines()).extracting(Member::name).containsExactly("이지은");
        assertThat(Register.of(DAEGU, "1", 50_000).lines()).as("a number matches exactly, not as a prefix")
                .extracting(Member::name).containsExactly("박서연");
        Register none = Register.of(DAEGU, "홍길동", 50_000);
        assertThat(none.lines()).isEmpty();
        assertThat(none.members()).isEqualTo(4);
        assertThat(Register.of(DAEGU, null, 50_000).lines()).hasSize(6);
    }

    @Test
    void anEmptyRegisterHasZeroTotalsAndAnOverflowingCapitalIsAnErrorNotAWrongNumber() {
        assertThat(Register.of(List.of(), "", 50_000)).isEqualTo(new Register(List.of(), 0, 0, 0, 0));
        assertThatThrownBy(() -> Register.of(List.of(member(1, "a", Integer.MAX_VALUE)), "", Long.MAX_VALUE / 2))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void normalizeDropsSpacesAndANumberSign() {
        assertThat(Register.normalize("  #7 ")).isEqualTo("7");
        assertThat(Register.normalize("No. 7")).isEqualTo("7");
        assertThat(Register.normalize("#김")).isEqualTo("#김");
        assertThat(Register.normalize(null)).isEmpty();
    }

    private static Member member(Integer number, String name, int shares) {
        return new Member(number == null ? 99 : number, number, name, name + "@example.org", null,
                number == null ? "APPLICANT" : "ACTIVE", shares, shares * 50_000L, shares * 40_000L, true, DAY,
                number == null ? null : DAY, null, 0L);
    }

    private static Member left(int number, String name, String status) {
        return new Member(number, number, name, "harin@example.org", null, status, 2, 100_000L, 100_000L, true, DAY,
                DAY, DAY.plusDays(30), 3L);
    }
}
