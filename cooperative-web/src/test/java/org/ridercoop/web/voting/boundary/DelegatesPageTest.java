package org.ridercoop.web.voting.boundary;

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
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;
import org.ridercoop.web.platform.api.SignedIn;
import org.ridercoop.web.voting.control.VotingClient;
import org.ridercoop.web.voting.entity.Delegates;
import org.ridercoop.web.voting.entity.RollMember;
import org.ridercoop.web.voting.entity.VotingCommands;

class DelegatesPageTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private final List<Object[]> sent = new ArrayList<>();
    private Delegates current = new Delegates(211, 22, 2, List.of(
            delegate(1, 20, 1, "박서연", TODAY.minusYears(3), TODAY.minusDays(1), null, false),
            delegate(2, 21, 2, "김민준", TODAY.minusDays(10), TODAY.plusYears(2), null, true),
            delegate(3, 22, 3, "최도윤", TODAY.minusYears(1), TODAY.plusYears(1), TODAY.minusDays(5), false),
            delegate(4, 26, 6, "이지은", TODAY.minusDays(3), TODAY.plusYears(4).minusDays(4), null, true),
            delegate(5, 23, 4, "한지우", TODAY.plusDays(30), TODAY.plusYears(2), null, false)));

    @Test
    void theDelegatesInOfficeComeFirstAndTheCountSaysWhetherAnAssemblyOfDelegatesCanBeCalled() {
        DelegatesPage page = page(true, null);
        page.load();
        assertThat(page.getTerms()).extracting(Delegates.Delegate::name).containsExactly("김민준", "이지은", "박서연", "최도윤", "한지우");
        assertThat(page.getState()).isEqualTo("short");
        assertThat(page.getDelegates().getMissing()).isEqualTo(20);
        assertThat(page.getActiveMembers()).extracting(RollMember::name).containsExactly("박서연", "김민준", "이지은");
        assertThat(page.getTerms()).extracting(page::termState).containsExactly("inoffice", "inoffice", "over", "ended", "upcoming");
        assertThat(page.getTerms()).extracting(page::canEnd).as("a term over or ended early cannot end again")
                .containsExactly(true, true, false, false, true);

        current = new Delegates(211, 22, 22, List.of());
        DelegatesPage enough = page(true, null);
        enough.load();
        assertThat(enough.getState()).isEqualTo("enough");
        assertThat(enough.getDelegates().getMissing()).isZero();
    }

    @Test
    void aSmallCooperativeIsNeverEnoughWhateverItsDelegates() {
        current = new Delegates(7, 1, 1, List.of(delegate(2, 21, 2, "김민준", TODAY, TODAY.plusYears(1), null, true)));
        DelegatesPage page = page(false, null);
        page.load();
        assertThat(page.getState()).isEqualTo("small");
        assertThat(page.getDelegates().isEnough()).as("§31: a delegates' assembly only above 200 members").isFalse();
        assertThat(page.isManager()).isFalse();
        assertThat(page.getActiveMembers()).as("the register is the board's").isEmpty();
        assertThat(page.canEnd(page.getTerms().getFirst())).as("only the board ends a term").isFalse();
    }

    @Test
    void aDelegateIsRecordedAsTypedAndTheApisRuleIsShownByTheForm() {
        DelegatesPage page = page(true, new Problem("urn:ridercoop:problem:delegate-term", null, 422, "at most 4 years", null));
        page.load();
        page.setMembershipId(" 26 ");
        page.setTermStart("2026-11-26");
        page.setTermEnd("2031-11-26");
        assertThat(page.elect()).isNull();
        assertThat(sent.getFirst()[2]).isEqualTo(new VotingCommands.ElectDelegate(26L, TODAY, LocalDate.of(2031, 11, 26)));
        assertThat(page.refusal("elect").messageKey()).isEqualTo("problem.delegate-term");
        assertThat(page.refusal("end-2")).isNull();

        page.setMembershipId("");
        page.setTermEnd("26.11.2031");
        page.elect();
        assertThat(sent.get(1)[2]).as("what does not parse is left for the API to name")
                .isEqualTo(new VotingCommands.ElectDelegate(null, TODAY, null));
    }

    @Test
    void theApisFieldErrorsShowByTheirFields() {
        DelegatesPage page = page(true, new Problem("urn:ridercoop:problem:invalid", null, 400, "invalid",
                List.of(new Problem.FieldError("termEnd", "must be after termStart"))));
        page.load();
        page.setMembershipId("26");
        page.setTermEnd("2026-11-01");
        page.elect();
        assertThat(page.fieldError("elect", "termEnd")).isEqualTo("must be after termStart");
        assertThat(page.fieldError("elect", "membershipId")).isNull();
    }

    @Test
    void recordingAndEndingATermGoBackToThePageAndARefusedEndShowsByItsDelegate() {
        DelegatesPage page = page(true, null);
        page.load();
        page.setMembershipId("20");
        page.setTermEnd("2028-11-25");
        assertThat(page.elect()).isEqualTo("/delegates?faces-redirect=true&coop=7&done=elected");
        assertThat(page.endTerm(2)).isEqualTo("/delegates?faces-redirect=true&coop=7&done=ended");
        assertThat(sent.get(1)[2]).isEqualTo(2L);

        DelegatesPage refused = page(true, new Problem("urn:ridercoop:problem:delegate-ended", null, 409, "ended", null));
        refused.load();
        assertThat(refused.endTerm(2)).isNull();
        assertThat(refused.refusal("end-2").messageKey()).isEqualTo("problem.delegate-ended");
        assertThat(refused.refusal("elect")).isNull();
    }

    @Test
    void aPersonWhoMayNotReadTheDelegatesIsToldSoAndSeesNoForm() {
        DelegatesPage page = page(true, null);
        page.api = Fakes.of(VotingClient.class, Map.of("delegates", args -> {
            throw new ApiProblem(new Problem("urn:ridercoop:problem:forbidden", null, 403, "forbidden", null));
        }));
        page.load();
        assertThat(page.getLoadProblem().messageKey()).isEqualTo("problem.forbidden");
        assertThat(page.getState()).isNull();
        assertThat(page.isManager()).isFalse();

        DelegatesPage unknown = page(true, null);
        unknown.setCoopParam("8");
        unknown.load();
        assertThat(unknown.getLoadProblem().messageKey()).isEqualTo("problem.not_found");
    }

    private DelegatesPage page(boolean manager, Problem refusal) {
        DelegatesPage page = new DelegatesPage();
        page.setCoopParam("7");
        page.calls = SignedIn.calls("token");
        page.access = Access.of(manager);
        page.clock = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneOffset.UTC);
        page.setTermStart(TODAY.toString());
        page.api = Fakes.of(VotingClient.class, Map.of(
                "delegates", args -> current,
                "members", args -> {
                    if (!manager) {
                        throw new AssertionError("the register is the board's");
                    }
                    return List.of(new RollMember(26, 6, "이지은"), new RollMember(20, 1, "박서연"), new RollMember(21, 2, "김민준"));
                },
                "electDelegate", args -> send(args, refusal),
                "endDelegate", args -> send(args, refusal)));
        return page;
    }

    private Object send(Object[] args, Problem refusal) {
        sent.add(args);
        if (refusal != null) {
            throw new ApiProblem(refusal);
        }
        return delegate(9, 26, 6, "이지은", TODAY, TODAY.plusYears(2), null, true);
    }

    private static Delegates.Delegate delegate(long id, long membershipId, int number, String name, LocalDate start, LocalDate end,
                                               LocalDate endedOn, boolean inOffice) {
        return new Delegates.Delegate(id, membershipId, number, name, start, end, endedOn, inOffice, "박서연");
    }
}
