package org.ridercoop.web.dues.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.coop.boundary.Access;
import org.ridercoop.web.dues.Dues;
import org.ridercoop.web.dues.control.DuesClient;
import org.ridercoop.web.dues.entity.BillingRun;
import org.ridercoop.web.dues.entity.DuesCommands;
import org.ridercoop.web.dues.entity.Plan;
import org.ridercoop.web.membership.Members;
import org.ridercoop.web.membership.entity.Member;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;
import org.ridercoop.web.platform.api.SignedIn;

class DuesPageTest {
    private final Map<String, List<Object[]>> sent = new HashMap<>();

    @Test
    void theBoardSeesTheCollectionTheArrearsThePlansAndGetsTheForms() {
        DuesPage page = page(true, null);
        page.load();
        assertThat(page.isReader()).isTrue();
        assertThat(page.isManager()).isTrue();
        assertThat(page.getUnpaidWon()).isEqualTo(85_000);
        assertThat(page.getFlagged()).isEqualTo(1);
        assertThat(page.getLatest().month()).isEqualTo("2026-11");
        assertThat(page.getPlans()).as("in force first, then those to come, then the ended").extracting(Plan::name)
                .containsExactly("월 회비", "감면 회비", "2027 회비", "옛 회비");
        assertThat(page.getPlans()).extracting(page::canEnd).containsExactly(true, true, true, false);
        assertThat(page.getMembers()).as("members of today, by number, to record a payment for")
                .extracting(Member::name).containsExactly("박서연", "김민준", "최도윤");
        assertThat(page.owing(23)).isEqualTo(70_000);
        assertThat(page.owing(20)).isZero();
        assertThat(page.getPayment().getPaidOn()).isEqualTo("2026-11-26");
        assertThat(page.getBillingMonth()).isEqualTo("2026-11");
        assertThat(page.getPlanStartsOn()).as("a new plan from the first of next month").isEqualTo("2026-12-01");
        assertThat(page.isBoardOnly()).isFalse();
    }

    @Test
    void aConsultantReadsWithoutFormsAndAPlainMemberIsLedToTheirOwnDues() {
        DuesPage consultant = page(false, null);
        consultant.load();
        assertThat(consultant.isReader()).isTrue();
        assertThat(consultant.isManager()).isFalse();
        assertThat(consultant.getMembers()).as("the register is the board's").isEmpty();
        assertThat(consultant.getPlans()).extracting(consultant::canEnd).containsOnly(false);

        sent.clear();
        DuesPage member = page(false, null);
        member.api = client(Map.of("arrears", args -> {
            throw new ApiProblem(new Problem("urn:ridercoop:problem:forbidden", null, 403, "forbidden", null));
        }));
        member.load();
        assertThat(member.isReader()).isFalse();
        assertThat(member.isBoardOnly()).isTrue();
        assertThat(member.getLoadProblem()).isNull();
        assertThat(sent).as("nothing more is asked").doesNotContainKeys("collection", "plans");

        DuesPage unknown = page(true, null);
        unknown.setCoopParam("8");
        unknown.load();
        assertThat(unknown.getLoadProblem().messageKey()).isEqualTo("problem.not_found");
        assertThat(unknown.isBoardOnly()).isFalse();
    }

    @Test
    void aPaymentGoesToTheMemberChosenWithAKeyAndLeadsToTheirAccount() {
        DuesPage page = page(true, null);
        page.load();
        page.getPayment().setAmount("70,000");
        page.getPayment().setMethod("CASH");
        assertThat(page.recordPayment()).as("a member must be chosen").isNull();
        assertThat(page.isPayeeMissing()).isTrue();
        assertThat(sent).doesNotContainKey("pay");

        page.setPayee("23");
        assertThat(page.recordPayment()).isEqualTo("/member-dues?faces-redirect=true&coop=7&id=23&done=paid");
        Object[] args = sent.get("pay").getFirst();
        assertThat(args[1]).asString().matches("[0-9a-f-]{36}");
        assertThat(List.of(args[2], args[3], args[4])).containsExactly(7L, 23L,
                new DuesCommands.Payment(70_000L, Dues.TODAY, "CASH", null));
        assertThat(page.isPayeeMissing()).isFalse();
    }

    @Test
    void aRefusedPaymentShowsTheApisWordsByTheInputsAndTheNextTryIsANewRequest() {
        DuesPage page = page(true, new Problem("urn:ridercoop:problem:validation", null, 400, "invalid",
                List.of(new Problem.FieldError("amountWon", "a whole number of won from 1 to 100,000,000"),
                        new Problem.FieldError("paidOn", "is a day between 2021-11-26 and today"))));
        page.load();
        page.setPayee("21");
        page.getPayment().setAmount("0");
        assertThat(page.recordPayment()).isNull();
        assertThat(page.refusal("payment").messageKey()).isEqualTo("problem.fields");
        assertThat(page.fieldError("payment", "amountWon")).contains("1 to 100,000,000");
        assertThat(page.fieldError("payment", "paidOn")).contains("today");
        assertThat(page.fieldError("payment", "method")).isNull();
        page.recordPayment();
        assertThat(sent.get("pay").get(1)[1]).isNotEqualTo(sent.get("pay").get(0)[1]);
    }

    @Test
    void aDepositTheStatementDidNotMatchArrivesFilledIn() {
        DuesPage page = page(true, null);
        page.setPrefillAmount("5000");
        page.setPrefillDay("2026-11-20");
        page.setPrefillReference(" 홍길동 ");
        page.load();
        assertThat(page.getPayment().getAmount()).isEqualTo("5000");
        assertThat(page.getPayment().getPaidOn()).isEqualTo("2026-11-20");
        assertThat(page.getPayment().getReference()).isEqualTo("홍길동");

        DuesPage junk = page(true, null);
        junk.setPrefillAmount("-3");
        junk.setPrefillDay("yesterday");
        junk.load();
        assertThat(junk.getPayment().getAmount()).isEmpty();
        assertThat(junk.getPayment().getPaidOn()).isEqualTo("2026-11-26");
    }

    @Test
    void billingSaysHowManyWereChargedAndAPlanIsAddedOrEnded() {
        DuesPage page = page(true, null);
        page.load();
        page.setBillingMonth(" 2026-10 ");
        assertThat(page.bill()).isEqualTo("/dues?faces-redirect=true&coop=7&done=billed&month=2026-10&created=3&without=1");
        assertThat(sent.get("bill").getFirst()[2]).isEqualTo(new DuesCommands.Billing("2026-10"));

        page.setPlanName(" 감면 ");
        page.setPlanAmount("5,000");
        page.setPlanStandard(false);
        page.setPlanEndsOn("");
        assertThat(page.addPlan()).isEqualTo("/dues?faces-redirect=true&coop=7&done=added");
        assertThat(sent.get("addPlan").getFirst()[2]).isEqualTo(new DuesCommands.NewPlan("감면", "FLAT_MONTHLY", 5_000L, null, null, false, LocalDate.of(2026, 12, 1), null));

        page.getPlanEnds().put(4L, "2026-12-31");
        assertThat(page.endPlan(4)).isEqualTo("/dues?faces-redirect=true&coop=7&done=ended");
        assertThat(List.of(sent.get("endPlan").getFirst()[2], sent.get("endPlan").getFirst()[3]))
                .containsExactly(4L, new DuesCommands.EndPlan(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aPlanOfAnyKindSendsTheOneAmountOfItsKind() {
        DuesPage page = page(true, null);
        page.load();
        page.setPlanName("건당 회비");
        page.setPlanKind("PER_DELIVERY");
        page.setPlanAmount("100원");
        assertThat(page.newPlan()).isEqualTo(new DuesCommands.NewPlan("건당 회비", "PER_DELIVERY", null, 100L, null, true, LocalDate.of(2026, 12, 1), null));
        page.setPlanKind("PERCENT_OF_INCOME");
        page.setPlanAmount("1.5");
        assertThat(page.newPlan().incomeRateBasisPoints()).isEqualTo(150);
        assertThat(page.newPlan().monthlyWon()).isNull();
        assertThat(page.newPlan().perDeliveryWon()).isNull();
        page.setPlanAmount("1.555");
        assertThat(page.newPlan().incomeRateBasisPoints()).as("three decimals: left for the API to name").isNull();
        page.setPlanKind("<script>");
        page.setPlanAmount("10,000");
        assertThat(page.newPlan().kind()).isEqualTo("FLAT_MONTHLY");
        assertThat(page.newPlan().monthlyWon()).isEqualTo(10_000L);
    }

    @Test
    void aRefusedAmountShowsAtTheOneAmountField() {
        DuesPage page = page(true, new Problem("urn:ridercoop:problem:invalid", null, 400, "bad",
                List.of(new Problem.FieldError("incomeRateBasisPoints", "from 1 (0.01%) to 3000 (30%)"))));
        page.load();
        page.setPlanKind("PERCENT_OF_INCOME");
        page.setPlanAmount("45");
        assertThat(page.addPlan()).isNull();
        assertThat(page.isPlanAmountRefused()).isTrue();
    }

    @Test
    void aRefusedPlanOrBillingShowsByItsFormOnly() {
        DuesPage page = page(true, new Problem("urn:ridercoop:problem:standard-plan-exists", null, 409, "exists", null));
        page.load();
        page.setPlanName("월 회비");
        page.setPlanAmount("12000");
        assertThat(page.addPlan()).isNull();
        assertThat(page.refusal("plan").messageKey()).isEqualTo("problem.standard-plan-exists");
        assertThat(page.refusal("billing")).isNull();
        assertThat(page.bill()).isNull();
        assertThat(page.refusal("billing")).isNotNull();
        assertThat(page.refusal("plan")).as("one refusal at a time").isNull();
    }

    @Test
    void theAddressAfterABillingRunIsReadWithCare() {
        DuesPage page = page(true, null);
        page.setDoneMonth("2026-10");
        page.setDoneCreated("3");
        page.setDoneWithout("x");
        assertThat(page.getBilledMonth()).isEqualTo("2026-10");
        assertThat(page.getBilledCreated()).isEqualTo(3);
        assertThat(page.getBilledWithoutPlan()).isZero();
        page.setDoneMonth("<script>");
        assertThat(page.getBilledMonth()).isNull();
    }

    private DuesPage page(boolean manager, Problem refusal) {
        DuesPage page = new DuesPage();
        page.setCoopParam("7");
        page.calls = SignedIn.calls("token");
        page.access = Access.of(manager);
        page.clock = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneOffset.UTC);
        Function<Object[], Object> refuse = args -> {
            if (refusal != null) {
                throw new ApiProblem(refusal);
            }
            return null;
        };
        page.api = client(Map.of(
                "pay", args -> {
                    refuse.apply(args);
                    return Dues.account(23, 0);
                },
                "bill", args -> {
                    refuse.apply(args);
                    return new BillingRun("2026-10", 3, 7, 70_000, 1);
                },
                "addPlan", args -> {
                    refuse.apply(args);
                    return Dues.REDUCED;
                },
                "endPlan", args -> {
                    refuse.apply(args);
                    return Dues.REDUCED;
                }));
        return page;
    }

    private DuesClient client(Map<String, Function<Object[], Object>> overrides) {
        Map<String, Function<Object[], Object>> answers = new HashMap<>(Map.of(
                "arrears", args -> Dues.arrears(),
                "collection", args -> Dues.collection(),
                "plans", args -> List.of(Dues.OLD, Dues.NEXT, Dues.REDUCED, Dues.STANDARD),
                "members", args -> List.of(Members.active(23, 3, "최도윤", 2), Members.applicant(30, "강하늘", 1),
                        Members.active(20, 1, "박서연", 3), Members.active(21, 2, "김민준", 2))));
        answers.putAll(overrides);
        Map<String, Function<Object[], Object>> recording = new HashMap<>();
        answers.forEach((name, answer) -> recording.put(name, args -> {
            sent.computeIfAbsent(name, k -> new ArrayList<>()).add(args);
            return answer.apply(args);
        }));
        return Fakes.of(DuesClient.class, recording);
    }
}
