package org.ridercoop.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ridercoop.membership.entity.CapitalRefund;
import org.ridercoop.membership.entity.CooperativeKind;
import org.ridercoop.membership.entity.ExpulsionCase;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.membership.entity.MembershipStatus;
import org.ridercoop.platform.problem.ProblemException;

/** The membership aggregate's rules, without a database. */
class MembershipRulesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    private static Membership stored(Membership membership, long id) throws ReflectiveOperationException {
        Field field = Membership.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(membership, id);
        return membership;
    }

    private static String slug(Throwable thrown) {
        return ((ProblemException) thrown).problem().type();
    }

    @Test
    void anApplicationIsDecidedOnceAndARefusalKeepsItsReason() throws Exception {
        Membership applicant = stored(Membership.applicant(1, null, "  강하늘 ", "Visitor@Ridercoop.example", "", 2, DAY), 10);
        assertThat(applicant.email()).isEqualTo("visitor@ridercoop.example");
        assertThat(applicant.phone()).isNull();
        assertThat(applicant.approve(8, DAY, "박서연").toStatus()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(applicant.memberNumber()).isEqualTo(8);
        assertThatThrownBy(() -> applicant.approve(9, DAY, "박서연")).satisfies(e -> assertThat(slug(e)).endsWith("not-an-applicant"));
        assertThatThrownBy(() -> applicant.refuse("late", DAY, "박서연")).isInstanceOf(ProblemException.class);

        Membership refused = stored(Membership.applicant(1, null, "오지호", "o@ridercoop.example", null, 1, DAY), 11);
        assertThat(refused.refuse("자격 미확인", DAY, "박서연").reason()).isEqualTo("자격 미확인");
        assertThat(refused.refusalReason()).isEqualTo("자격 미확인");
        assertThatThrownBy(() -> Membership.applicant(1, null, "무주식", "z@ridercoop.example", null, 0, DAY))
                .satisfies(e -> assertThat(slug(e)).endsWith("minimum-share"));
    }

    @Test
    void noticeTakesEffectAfterTheArticlesPeriodAndCapitalIsNeverOverpaid() throws Exception {
        Membership member = stored(Membership.founder(1, 2, "김민준", "rider@ridercoop.example", null, 2, DAY), 12);
        assertThat(member.pay(60_000, 50_000, DAY, "박서연", null).amount()).isEqualTo(60_000);
        assertThatThrownBy(() -> member.pay(40_001, 50_000, DAY, "박서연", null)).satisfies(e -> assertThat(slug(e)).endsWith("overpaid"));
        assertThat(member.pay(40_000, 50_000, DAY, "박서연", null).amount()).isEqualTo(40_000);
        assertThat(member.paidIn()).isEqualTo(100_000);

        member.giveNotice(DAY, 30, "김민준");
        assertThat(member.withdrawalDue(DAY.plusDays(29))).isFalse();
        assertThat(member.withdrawalDue(DAY.plusDays(30))).isTrue();
        assertThat(member.completeWithdrawal("system").effectiveOn()).isEqualTo(DAY.plusDays(30));
        assertThat(member.leftOn()).isEqualTo(DAY.plusDays(30));
        assertThatThrownBy(() -> member.pay(1, 50_000, DAY, "박서연", null)).isInstanceOf(ProblemException.class);
    }

    @Test
    void aRefundIsValuedAfterTheFiscalYearPayableFromTheNextAndTimeBarredTwoYearsLater() throws Exception {
        // fiscal year from April: leaving in February 2026 belongs to the year that ends on 31 March 2026
        assertThat(CapitalRefund.fiscalYearEnd(LocalDate.of(2026, 2, 10), 4)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(CapitalRefund.fiscalYearEnd(LocalDate.of(2026, 4, 1), 4)).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(CapitalRefund.fiscalYearEnd(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 12, 31));

        Membership leaver = stored(Membership.founder(1, 3, "최도윤", "d@ridercoop.example", null, 2, DAY), 13);
        leaver.pay(100_000, 50_000, DAY, "박서연", null);
        leaver.giveNotice(LocalDate.of(2026, 2, 1), 0, "최도윤");
        leaver.completeWithdrawal("system");
        CapitalRefund refund = CapitalRefund.forLeaver(leaver, 4);
        assertThat(refund.payableFrom()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(refund.limitationEndsOn()).isEqualTo(LocalDate.of(2028, 3, 31));

        assertThatThrownBy(() -> refund.value(1, CooperativeKind.WORKER, LocalDate.of(2026, 3, 31)))
                .satisfies(e -> assertThat(slug(e)).endsWith("not-yet-valued"));
        assertThatThrownBy(() -> refund.value(100_001, CooperativeKind.SOCIAL, LocalDate.of(2026, 5, 1)))
                .satisfies(e -> assertThat(slug(e)).endsWith("social-refund-cap"));
        refund.value(120_000, CooperativeKind.WORKER, LocalDate.of(2026, 5, 1));
        assertThat(refund.state(LocalDate.of(2026, 5, 1))).isEqualTo(CapitalRefund.State.PAYABLE);
        refund.withhold(true, "미납 조합비", LocalDate.of(2026, 5, 1));
        assertThat(refund.state(LocalDate.of(2026, 5, 1))).isEqualTo(CapitalRefund.State.WITHHELD);
        assertThat(refund.state(LocalDate.of(2028, 4, 1))).isEqualTo(CapitalRefund.State.TIME_BARRED);
    }

    @Test
    void anExpulsionNeedsTenDaysNoticeAndOnlyTheAssemblyDecidesIt() throws Exception {
        Membership member = stored(Membership.founder(1, 4, "정하린", "h@ridercoop.example", null, 2, DAY), 14);
        assertThatThrownBy(() -> new ExpulsionCase(member, ExpulsionCase.Ground.UNPAID, "6개월 미납", DAY, DAY.plusDays(9), "박서연"))
                .satisfies(e -> assertThat(slug(e)).endsWith("notice-period"));
        ExpulsionCase pending = new ExpulsionCase(member, ExpulsionCase.Ground.UNPAID, "6개월 미납", DAY, DAY.plusDays(10), "박서연");
        assertThat(pending.state()).isEqualTo(ExpulsionCase.State.PENDING);
        pending.resolve(true, DAY.plusDays(10));
        assertThat(pending.state()).isEqualTo(ExpulsionCase.State.EXPELLED);
        assertThatThrownBy(() -> pending.drop(DAY.plusDays(11))).satisfies(e -> assertThat(slug(e)).endsWith("case-closed"));
    }
}
