package org.ridercoop.web.membership.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.coop.boundary.Access;
import org.ridercoop.web.membership.Members;
import org.ridercoop.web.membership.control.MembershipClient;
import org.ridercoop.web.membership.entity.Commands;
import org.ridercoop.web.membership.entity.ExpulsionCase;
import org.ridercoop.web.membership.entity.Member;
import org.ridercoop.web.membership.entity.MemberDetail;
import org.ridercoop.web.platform.api.SignedIn;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;

class MemberPageTest {
    private final List<Object[]> sent = new ArrayList<>();
    private final Member minjun = Members.active(21, 2, "김민준", 2);

    @Test
    void theBoardGetsTheFormsAndAPaymentIsSentAsTyped() {
        MemberPage page = page(true, null, detail(List.of()));
        page.load();
        assertThat(page.isFound()).isTrue();
        assertThat(page.isCapitalOpen()).isTrue();
        assertThat(page.isCaseOpenable()).isTrue();
        assertThat(page.isContactEditable()).isTrue();
        assertThat(page.getContactName()).isEqualTo("김민준");

        page.setPaymentAmount("50,000");
        page.setPaymentDate("2026-03-05");
        assertThat(page.recordPayment()).isEqualTo("/member?faces-redirect=true&coop=7&id=21&done=payment");
        assertThat(sent.getFirst()[4]).isEqualTo(new Commands.Payment(50_000L, Members.DAY));
        assertThat((String) sent.getFirst()[1]).as("Idempotency-Key").matches("[0-9a-f-]{36}");
    }

    @Test
    void aDoubleTapSendsTheSameIdempotencyKeyAndARefusedPaymentGetsANewOne() {
        MemberPage page = page(true, null, detail(List.of()));
        page.load();
        page.setPaymentAmount("10000");
        page.recordPayment();
        page.recordPayment();
        assertThat(sent.get(1)[1]).as("the same request twice: one payment").isEqualTo(sent.get(0)[1]);

        MemberPage refusing = page(true, new Problem("urn:ridercoop:problem:overpaid", null, 422, "overpaid", null), detail(List.of()));
        refusing.load();
        refusing.setPaymentAmount("999999");
        refusing.recordPayment();
        assertThat(refusing.refusal("payment").messageKey()).isEqualTo("problem.overpaid");
        refusing.setPaymentAmount("50000");
        refusing.recordPayment();
        assertThat(sent.get(3)[1]).as("the corrected payment is another request").isNotEqualTo(sent.get(2)[1]);
    }

    @Test
    void aChangeOfContactSendsTheVersionItShowedAndAStaleOneIsToldPlainly() {
        MemberPage page = page(true, new Problem("urn:ridercoop:problem:stale-version", "Stale", 409, "version 4 is stale", null),
                detail(List.of()));
        page.load();
        page.setContactPhone("010-9999-0000");
        assertThat(page.changeContact()).isNull();
        assertThat(sent.getFirst()[1]).as("If-Match").isEqualTo("\"4\"");
        assertThat(sent.getFirst()[4]).isEqualTo(new Commands.Contact("김민준", "010-9999-0000"));
        assertThat(page.refusal("contact").messageKey()).isEqualTo("problem.stale-version");
        assertThat(page.refusal("payment")).as("only the form it is about").isNull();
    }

    @Test
    void anExpulsionCaseTooCloseToTheAssemblyIsRefusedByTheApiAndShownByItsForm() {
        MemberPage page = page(true, new Problem("urn:ridercoop:problem:notice-period", null, 422, "10 days", null),
                detail(List.of()));
        page.load();
        page.setCaseDetails("12개월 미이용");
        page.setCaseNotice("2026-03-05");
        page.setCaseAssembly("2026-03-10");
        assertThat(page.openCase()).isNull();
        assertThat(sent.getFirst()[3]).isEqualTo(new Commands.NewExpulsionCase("NON_USE", "12개월 미이용", Members.DAY,
                Members.DAY.plusDays(5)));
        assertThat(page.refusal("case").messageKey()).isEqualTo("problem.notice-period");
    }

    @Test
    void aPendingCaseMeansNoSecondOneAndAConsultantReadsWithoutForms() {
        ExpulsionCase pending = new ExpulsionCase(3, "UNPAID", "6개월 미납", Members.DAY, Members.DAY.plusDays(20), "PENDING",
                null, "박서연", null);
        MemberPage board = page(true, null, detail(List.of(pending)));
        board.load();
        assertThat(board.isCaseOpenable()).isFalse();

        MemberPage consultant = page(false, null, detail(List.of(pending)));
        consultant.load();
        assertThat(consultant.isFound()).isTrue();
        assertThat(consultant.isCapitalOpen()).isFalse();
        assertThat(consultant.isCaseOpenable()).isFalse();
        assertThat(consultant.isContactEditable()).as("not their own membership").isFalse();
    }

    @Test
    void badAddressesAreNotFoundWithoutCallingTheApi() {
        MemberPage page = page(true, null, detail(List.of()));
        page.setIdParam("x");
        page.load();
        assertThat(page.isFound()).isFalse();
        assertThat(page.getLoadProblem().messageKey()).isEqualTo("problem.not_found");
        assertThat(sent).isEmpty();
    }

    private MemberDetail detail(List<ExpulsionCase> cases) {
        return new MemberDetail(minjun, List.of(), List.of(), null, cases, List.of(), new BigDecimal("16.67"), null);
    }

    private MemberPage page(boolean manager, Problem refusal, MemberDetail detail) {
        MemberPage page = new MemberPage();
        page.setCoopParam("7");
        page.setIdParam("21");
        page.calls = SignedIn.calls("token");
        page.access = Access.of(manager);
        java.util.function.Function<Object[], Object> send = args -> {
            sent.add(args);
            if (refusal != null) {
                throw new ApiProblem(refusal);
            }
            return minjun;
        };
        page.api = Fakes.of(MembershipClient.class, Map.of(
                "member", args -> detail,
                "myMemberships", args -> List.of(),
                "recordPayment", send,
                "changeContact", send,
                "openExpulsionCase", send));
        return page;
    }
}
