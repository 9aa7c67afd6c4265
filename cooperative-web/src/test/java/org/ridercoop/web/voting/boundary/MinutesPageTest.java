package org.ridercoop.web.voting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.coop.boundary.Access;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;
import org.ridercoop.web.platform.api.SignedIn;
import org.ridercoop.web.voting.Votes;
import org.ridercoop.web.voting.control.VotingClient;
import org.ridercoop.web.voting.entity.Minutes;
import org.ridercoop.web.voting.entity.MotionResult;
import org.ridercoop.web.voting.entity.RollMember;
import org.ridercoop.web.voting.entity.VotingCommands;

class MinutesPageTest {
    private static final Instant SIGNED = Instant.parse("2026-12-06T01:00:00Z");
    private final List<Object[]> sent = new ArrayList<>();
    private Minutes current = minutes(null, List.of(), false);

    @Test
    void theBoardDraftsTheChairTheSignatoriesAndTheProceedings() {
        MinutesPage page = page(true, null);
        page.load();
        assertThat(page.isFound()).isTrue();
        assertThat(page.isDraftable()).isTrue();
        assertThat(page.getMembers()).extracting(RollMember::name).containsExactly("박서연", "김민준", "최도윤", "이지은");
        assertThat(page.getResults()).extracting(MotionResult::seq).as("in the order of the agenda").containsExactly(1, 2);

        page.setChair("20");
        page.getSignatories().put(26L, true);
        page.getSignatories().put(21L, true);
        page.getSignatories().put(22L, true);
        page.getSignatories().put(23L, false);
        page.setProceedings(" 이사장이 개회를 선언하고 결산을 보고했다. ");
        assertThat(page.save()).isEqualTo("/minutes?faces-redirect=true&coop=7&meeting=3&done=drafted");
        assertThat(sent.getFirst()[3]).isEqualTo(new VotingCommands.DraftMinutes(20L, List.of(21L, 22L, 26L),
                "이사장이 개회를 선언하고 결산을 보고했다."));
    }

    @Test
    void theFormStartsFromTheDraftAndTheApisFieldErrorsAreShown() {
        current = minutes("경과", List.of(signatory(20, "CHAIR", null), signatory(21, "MEMBER", null),
                signatory(22, "MEMBER", null)), false);
        MinutesPage page = page(true, new Problem("urn:ridercoop:problem:invalid", null, 400, "invalid", List.of(
                new Problem.FieldError("signatoryMembershipIds", "at least 3 distinct members on the meeting's roll, not the chair"))));
        page.load();
        assertThat(page.getChair()).isEqualTo("20");
        assertThat(page.getSignatories()).containsOnlyKeys(21L, 22L);
        assertThat(page.getProceedings()).isEqualTo("경과");
        page.setChair("");
        assertThat(page.body().chairMembershipId()).isNull();
        assertThat(page.save()).isNull();
        assertThat(page.getSignatoriesError()).contains("at least 3");
    }

    @Test
    void onceSignedTheBoardNoLongerDraftsAndASignatorySignsOnce() {
        current = minutes("경과", List.of(signatory(20, "CHAIR", SIGNED), signatory(21, "MEMBER", null),
                signatory(22, "MEMBER", null), signatory(26, "MEMBER", null)), true);
        MinutesPage board = page(true, null);
        board.load();
        assertThat(board.isDraftable()).isFalse();
        assertThat(board.getMembers()).as("no form, no register").isEmpty();
        assertThat(board.getMinutes().getSignedCount()).isEqualTo(1);

        MinutesPage signatory = page(false, null);
        signatory.load();
        assertThat(signatory.getMinutes().callerMaySign()).isTrue();
        assertThat(signatory.sign()).isEqualTo("/minutes?faces-redirect=true&coop=7&meeting=3&done=signed");
        assertThat(sent).hasSize(1);

        MinutesPage stranger = page(false, new Problem("urn:ridercoop:problem:forbidden", null, 403, "not a signatory", null));
        stranger.load();
        assertThat(stranger.sign()).isNull();
        assertThat(stranger.getSignRefusal().messageKey()).isEqualTo("problem.not-a-signatory");

        MinutesPage late = page(true, new Problem("urn:ridercoop:problem:minutes-signed", null, 409, "signed", null));
        late.load();
        late.save();
        assertThat(late.getRefusal().messageKey()).isEqualTo("problem.minutes-signed");
    }

    @Test
    void beforeTheCloseThereAreNoMinutes() {
        MinutesPage page = new MinutesPage();
        page.setCoopParam("7");
        page.setMeetingParam("3");
        page.calls = SignedIn.calls("token");
        page.access = Access.of(true);
        page.api = Fakes.of(VotingClient.class, Map.of("minutes", args -> {
            throw new ApiProblem(new Problem("urn:ridercoop:problem:results-sealed", null, 409, "not closed", null));
        }));
        page.load();
        assertThat(page.isFound()).isFalse();
        assertThat(page.getLoadProblem().messageKey()).isEqualTo("problem.results-sealed");

        MinutesPage bad = new MinutesPage();
        bad.setCoopParam("7");
        bad.setMeetingParam("x");
        bad.load();
        assertThat(bad.getLoadProblem().messageKey()).isEqualTo("problem.not_found");
    }

    private static Minutes.Signatory signatory(long id, String role, Instant signedAt) {
        return new Minutes.Signatory(id, (int) id - 19, "조합원" + id, role, signedAt);
    }

    private static Minutes minutes(String proceedings, List<Minutes.Signatory> signatories, boolean callerMaySign) {
        return new Minutes(3, "ORDINARY_GENERAL_ASSEMBLY", "2026년 정기총회", Votes.STARTS, "조합 사무실", LocalDate.of(2026, 11, 25),
                Votes.STARTS.minusSeconds(864_000), Votes.STARTS.minusSeconds(864_000), Votes.STARTS, 7, 6, 1,
                List.of(new MotionResult(12, 2, "정관 변경", "SPECIAL", "two thirds", 7, 6, 1, 5, 1, 0, true, "PASSED", "ab", null),
                        new MotionResult(11, 1, "결산 승인", "ORDINARY", "more than half", 7, 6, 1, 6, 0, 0, true, "PASSED", "cd", null)),
                proceedings, proceedings == null ? null : "이사장 박서연", proceedings == null ? null : SIGNED, signatories,
                false, callerMaySign);
    }

    private MinutesPage page(boolean manager, Problem refusal) {
        MinutesPage page = new MinutesPage();
        page.setCoopParam("7");
        page.setMeetingParam("3");
        page.calls = SignedIn.calls("token");
        page.access = Access.of(manager);
        java.util.function.Function<Object[], Object> change = args -> {
            sent.add(args);
            if (refusal != null) {
                throw new ApiProblem(refusal);
            }
            return current;
        };
        page.api = Fakes.of(VotingClient.class, Map.of(
                "minutes", args -> current,
                "members", args -> List.of(new RollMember(26, 6, "이지은"), new RollMember(20, 1, "박서연"),
                        new RollMember(22, 3, "최도윤"), new RollMember(21, 2, "김민준")),
                "draftMinutes", change,
                "signMinutes", change));
        return page;
    }
}
