package org.ridercoop.web.dues.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.coop.boundary.Access;
import org.ridercoop.web.dues.Dues;
import org.ridercoop.web.dues.control.DuesClient;
import org.ridercoop.web.dues.entity.DuesAccount;
import org.ridercoop.web.dues.entity.DuesCommands;
import org.ridercoop.web.dues.entity.Plan;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;
import org.ridercoop.web.platform.api.SignedIn;

class MemberDuesPageTest {
    private final List<Object[]> sent = new ArrayList<>();
    private DuesAccount shown = Dues.owing();

    @Test
    void theBoardRecordsAPaymentAndSeesTheNewBalanceOnTheSamePage() {
        MemberDuesPage page = page(true, null);
        page.load();
        assertThat(page.getAccount()).isEqualTo(Dues.owing());
        assertThat(page.isManager()).isTrue();
        assertThat(page.getFlagMonths()).isEqualTo(6);
        assertThat(page.getPlans()).as("plans a member may be put on: not the ended").extracting(Plan::name)
                .containsExactly("월 회비", "감면 회비", "2027 회비");
        assertThat(page.getPlanId()).as("on the standard plan").isEmpty();

        page.getPayment().setAmount("15,000");
        page.getPayment().setReference("영수증 12");
        page.getPayment().setMethod("CASH");
        assertThat(page.recordPayment()).isEqualTo("/member-dues?faces-redirect=true&coop=7&id=21&done=paid");
        assertThat(sent.getFirst()[4]).isEqualTo(new DuesCommands.Payment(15_000L, Dues.TODAY, "CASH", "영수증 12"));
        page.recordPayment();
        assertThat(sent.get(1)[1]).as("a double tap: the same key, one payment").isEqualTo(sent.get(0)[1]);
    }

    @Test
    void theMembersPlanIsChosenFromADayNoneChosenIsTheStandardPlan() {
        shown = new DuesAccount(21, 2, "김민준", Dues.REDUCED, 0, 0, 0, 0, null, 0, false, List.of(), List.of());
        MemberDuesPage page = page(true, null);
        page.load();
        assertThat(page.getPlanId()).isEqualTo("4");
        page.setPlanStartsOn("2026-12-01");
        assertThat(page.assignPlan()).isEqualTo("/member-dues?faces-redirect=true&coop=7&id=21&done=plan");
        assertThat(sent.getFirst()[3]).isEqualTo(new DuesCommands.AssignPlan(4L, LocalDate.of(2026, 12, 1)));
        page.setPlanId("");
        page.assignPlan();
        assertThat(sent.get(1)[3]).isEqualTo(new DuesCommands.AssignPlan(null, LocalDate.of(2026, 12, 1)));
    }

    @Test
    void aRefusalShowsByItsFormAndAConsultantGetsNoForm() {
        MemberDuesPage page = page(true, new Problem("urn:ridercoop:problem:plan-not-in-force", null, 422, "not in force", null));
        page.load();
        page.setPlanId("5");
        assertThat(page.assignPlan()).isNull();
        assertThat(page.refusal("plan").messageKey()).isEqualTo("problem.plan-not-in-force");
        assertThat(page.refusal("payment")).isNull();

        MemberDuesPage consultant = page(false, null);
        consultant.load();
        assertThat(consultant.isManager()).isFalse();
        assertThat(consultant.getPlans()).isEmpty();
        assertThat(consultant.getAccount()).isNotNull();
    }

    @Test
    void anotherMembersAccountIsNotFoundForAPlainMember() {
        MemberDuesPage page = page(false, null);
        page.api = Fakes.of(DuesClient.class, Map.of("account", args -> {
            throw new ApiProblem(new Problem("urn:ridercoop:problem:not-found", null, 404, "no", null));
        }));
        page.load();
        assertThat(page.getLoadProblem().messageKey()).isEqualTo("problem.not_found");
        assertThat(page.getAccount()).isNull();

        MemberDuesPage junk = page(true, null);
        junk.setIdParam("abc");
        junk.load();
        assertThat(junk.getLoadProblem().messageKey()).isEqualTo("problem.not_found");
    }

    private MemberDuesPage page(boolean manager, Problem refusal) {
        MemberDuesPage page = new MemberDuesPage();
        page.setCoopParam("7");
        page.setIdParam("21");
        page.calls = SignedIn.calls("token");
        page.access = Access.of(manager);
        page.clock = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneOffset.UTC);
        page.api = Fakes.of(DuesClient.class, Map.of(
                "account", args -> shown,
                "plans", args -> List.of(Dues.OLD, Dues.STANDARD, Dues.REDUCED, Dues.NEXT),
                "pay", args -> send(args, refusal),
                "assignPlan", args -> send(args, refusal)));
        return page;
    }

    private Object send(Object[] args, Problem refusal) {
        sent.add(args);
        if (refusal != null) {
            throw new ApiProblem(refusal);
        }
        return Dues.account(21, 0);
    }
}
