package org.ridercoop.web.payouts.boundary;

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
import org.ridercoop.web.membership.Members;
import org.ridercoop.web.payouts.Surpluses;
import org.ridercoop.web.payouts.control.SurplusClient;
import org.ridercoop.web.payouts.entity.Dividend;
import org.ridercoop.web.payouts.entity.SurplusCommands;
import org.ridercoop.web.payouts.entity.SurplusProposal;
import org.ridercoop.web.payouts.entity.SurplusView;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;
import org.ridercoop.web.platform.api.SignedIn;

/** A surplus proposal: the board's steps, the assembly form, a member's own dividend and its reinvestment. */
class SurplusProposalPageTest {
    private static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");
    private final List<Object[]> sent = new ArrayList<>();

    @Test
    void theBoardSeesEveryLineAndMayPutAnOpenProposalToAnAssemblyOrWithdrawIt() {
        SurplusProposalPage page = page(true, SurplusProposal.PROPOSED, null, 20L, Map.of());
        page.load();
        assertThat(page.getLoadProblem()).isNull();
        assertThat(page.getProposal().id()).isEqualTo(41);
        assertThat(page.isAllShown()).isTrue();
        assertThat(page.getMine().name()).as("the chair is a member too").isEqualTo("박서연");
        assertThat(page.isCanPutOnAgenda()).isTrue();
        assertThat(page.isCanWithdraw()).isTrue();
        assertThat(page.isCanPay()).isFalse();
        assertThat(page.isCanReinvest()).as("nothing is adopted yet").isFalse();
        assertThat(page.getAssembly()).isNull();
        assertThat(page.getMeetingTitle()).isEqualTo("2025년도 결산 총회");
        assertThat(page.getMotionTitle()).isEqualTo("2025년 잉여금 처분안");
        assertThat(page.getStartDate()).as("a week and a day ahead").isEqualTo("2026-12-04");
        assertThat(page.getEarliestAssembly()).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void theAssemblyFormSendsKoreanTimesAndTheProposalAsAnOrdinaryResolution() {
        SurplusProposalPage page = page(true, SurplusProposal.PROPOSED, null, 20L, Map.of());
        page.load();
        page.setPlace(" 대구 북구 조합 사무실 ");
        assertThat(page.callAssembly()).isEqualTo("/surplus-proposal?faces-redirect=true&coop=7&id=41&done=agenda");
        Instant start = Instant.parse("2026-12-04T10:00:00Z");
        assertThat(sent).singleElement().satisfies(args -> assertThat(args[2]).isEqualTo(new SurplusCommands.CallAssembly(
                "ORDINARY_GENERAL_ASSEMBLY", "2025년도 결산 총회", start, "대구 북구 조합 사무실", NOW, start,
                List.of(new SurplusCommands.Motion("2025년 잉여금 처분안", "ORDINARY", 41L)))));

        page.setKind("BOARD_MEETING");
        page.setStartTime("25:00");
        page.setOpensDate("2026-12-01");
        page.setOpensTime("09:00");
        page.setClosesDate("2026-12-03");
        page.setClosesTime("18:00");
        SurplusCommands.CallAssembly body = page.assemblyBody();
        assertThat(body.kind()).as("a board meeting does not decide the surplus: left for the API to name").isNull();
        assertThat(body.startsAt()).isNull();
        assertThat(body.votingOpensAt()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(body.votingClosesAt()).isEqualTo(Instant.parse("2026-12-03T09:00:00Z"));
    }

    @Test
    void aNoticeTooShortIsToldWithTheEarliestStartTheApiGives() {
        SurplusProposalPage page = page(true, SurplusProposal.PROPOSED, null, 20L, Map.of("callAssembly", args -> {
            throw new ApiProblem(new Problem("urn:ridercoop:problem:notice-too-short", null, 422,
                    "A general assembly is called with its agenda at least 7 days ahead (§28): it can start 2026-12-03T03:00:00Z at the earliest.", null));
        }));
        page.load();
        page.setStartDate("2026-11-30");
        assertThat(page.callAssembly()).isNull();
        assertThat(page.getAgendaRefusal().messageKey()).isEqualTo("problem.notice-too-short");
        assertThat(page.getAgendaRefusal().detail()).contains("2026-12-03T03:00:00Z");

        SurplusProposalPage fields = page(true, SurplusProposal.PROPOSED, null, 20L, Map.of("callAssembly", args -> {
            throw new ApiProblem(new Problem("urn:ridercoop:problem:validation", null, 400, "invalid", List.of(
                    new Problem.FieldError("place", "is required"), new Problem.FieldError("startsAt", "is required"))));
        }));
        fields.load();
        fields.callAssembly();
        assertThat(fields.agendaError("place")).isEqualTo("surplus.error.text");
        assertThat(fields.agendaError("startsAt")).isEqualTo("surplus.error.when");
        assertThat(fields.agendaError("title")).isNull();
    }

    @Test
    void onAnAgendaTheAssemblyIsNamedAndNothingCanBeChanged() {
        SurplusProposalPage page = page(true, SurplusProposal.ON_AGENDA, 12L, 20L, Map.of());
        page.load();
        assertThat(page.getAssembly().id()).isEqualTo(5);
        assertThat(page.isCanPutOnAgenda()).isFalse();
        assertThat(page.isCanWithdraw()).isFalse();
        assertThat(page.isCanPay()).isFalse();
    }

    @Test
    void withdrawnTheProposalShowsAgainAndARefusalIsTold() {
        SurplusProposalPage page = page(true, SurplusProposal.PROPOSED, null, 20L, Map.of());
        page.load();
        assertThat(page.withdraw()).isEqualTo("/surplus-proposal?faces-redirect=true&coop=7&id=41&done=withdrawn");
        SurplusProposalPage late = page(true, SurplusProposal.PROPOSED, null, 20L, Map.of("withdraw", args -> {
            throw new ApiProblem(new Problem("urn:ridercoop:problem:surplus-not-proposed", null, 409, "on agenda", null));
        }));
        late.load();
        assertThat(late.withdraw()).isNull();
        assertThat(late.getRefusal().messageKey()).isEqualTo("surplus.problem.surplus-not-proposed");
    }

    @Test
    void adoptedTheBoardPaysEveryOutstandingDividendOrOneMembersEachWithItsOwnKey() {
        SurplusProposalPage page = page(true, SurplusProposal.ADOPTED, 12L, 20L, Map.of());
        page.load();
        assertThat(page.isCanPay()).isTrue();
        Dividend minjun = page.getView().dividends().get(0);
        Dividend seoyeon = page.getView().dividends().get(1);
        assertThat(page.canPay(minjun)).isTrue();
        assertThat(page.canPay(seoyeon)).as("paid already").isFalse();
        String all = page.key("pay");
        String one = page.key("pay-21");
        assertThat(all).isNotEqualTo(one);
        assertThat(page.payAll()).isEqualTo("/surplus-proposal?faces-redirect=true&coop=7&id=41&done=paid");
        assertThat(page.payOne(21)).isEqualTo("/surplus-proposal?faces-redirect=true&coop=7&id=41&done=paid");
        assertThat(sent).hasSize(2);
        assertThat(List.of(sent.get(0)[1], sent.get(0)[4])).containsExactly(all, new SurplusCommands.Payment(null));
        assertThat(List.of(sent.get(1)[1], sent.get(1)[4])).containsExactly(one, new SurplusCommands.Payment(List.of(21L)));

        SurplusProposalPage refused = page(true, SurplusProposal.ADOPTED, 12L, 20L, Map.of("pay", args -> {
            throw new ApiProblem(new Problem("urn:ridercoop:problem:surplus-not-adopted", null, 409, "not adopted", null));
        }));
        refused.load();
        String before = refused.key("pay");
        assertThat(refused.payAll()).isNull();
        assertThat(refused.getRefusal().messageKey()).isEqualTo("surplus.problem.surplus-not-adopted");
        assertThat(refused.key("pay")).isNotEqualTo(before);
    }

    @Test
    void aMemberSeesTheirOwnDividendAndReinvestsWholeSharesOfWhatIsOutstanding() {
        SurplusProposalPage page = page(false, SurplusProposal.ADOPTED, 12L, 21L, Map.of());
        page.load();
        assertThat(page.isAllShown()).as("the API gave their own line only").isFalse();
        assertThat(page.getMine().name()).isEqualTo("김민준");
        assertThat(page.isCanPay()).isFalse();
        assertThat(page.isCanPutOnAgenda()).isFalse();
        assertThat(page.isCanReinvest()).isTrue();
        assertThat(page.getSharePriceWon()).isEqualTo(50_000);
        assertThat(page.getMostShares()).as("1,818,000 won buys 36 shares of 50,000").isEqualTo(36);
        page.setShares("2");
        String key = page.key("reinvest");
        assertThat(page.reinvest()).isEqualTo("/surplus-proposal?faces-redirect=true&coop=7&id=41&done=reinvested");
        assertThat(sent).singleElement().satisfies(args -> {
            assertThat(args[1]).isEqualTo(key);
            assertThat(args[4]).isEqualTo(new SurplusCommands.Reinvestment(21L, 2));
        });
    }

    @Test
    void overTheCapTheMemberIsToldOfTheThirtyPercentAndMayTryAgainWithANewKey() {
        SurplusProposalPage page = page(false, SurplusProposal.ADOPTED, 12L, 21L, Map.of("reinvest", args -> {
            throw new ApiProblem(new Problem("urn:ridercoop:problem:share-cap", null, 422, "holds 35% of all shares", null));
        }));
        page.load();
        page.setShares("30");
        String key = page.key("reinvest");
        assertThat(page.reinvest()).isNull();
        assertThat(page.getReinvestRefusal().messageKey()).isEqualTo("surplus.problem.share-cap");
        assertThat(page.getReinvestRefusal().detail()).contains("35%");
        assertThat(page.key("reinvest")).isNotEqualTo(key);

        SurplusProposalPage typo = page(false, SurplusProposal.ADOPTED, 12L, 21L, Map.of("reinvest", args -> {
            throw new ApiProblem(new Problem("urn:ridercoop:problem:validation", null, 400, "invalid",
                    List.of(new Problem.FieldError("shares", "1 to 1,000,000 shares"))));
        }));
        typo.load();
        typo.setShares("두 좌");
        assertThat(typo.reinvestment().shares()).isNull();
        typo.reinvest();
        assertThat(typo.reinvestError()).isEqualTo("surplus.error.shares");
    }

    @Test
    void aMemberWithoutALineIsToldSoAndAnUnknownProposalIsNotFound() {
        SurplusProposalPage page = page(false, SurplusProposal.PROPOSED, null, 22L, Map.of("proposal",
                args -> new SurplusView(Surpluses.proposal(SurplusProposal.PROPOSED, null), List.of())));
        page.load();
        assertThat(page.getMine()).isNull();
        assertThat(page.isAllShown()).isFalse();
        assertThat(page.isCanReinvest()).isFalse();

        SurplusProposalPage missing = page(false, SurplusProposal.PROPOSED, null, 22L, Map.of("proposal", args -> {
            throw new ApiProblem(new Problem("urn:ridercoop:problem:not-found", null, 404, "no", null));
        }));
        missing.load();
        assertThat(missing.getView()).isNull();
        assertThat(missing.getLoadProblem().messageKey()).isEqualTo("problem.not_found");
        SurplusProposalPage bad = page(false, SurplusProposal.PROPOSED, null, 22L, Map.of());
        bad.setIdParam("0");
        bad.load();
        assertThat(bad.getLoadProblem().messageKey()).isEqualTo("problem.not_found");
    }

    /** The page of proposal 41 in cooperative 7, for the board or a member, with membership {@code own} as the signed-in person's. */
    private SurplusProposalPage page(boolean manager, String state, Long motionId, long own, Map<String, Function<Object[], Object>> override) {
        SurplusProposalPage page = new SurplusProposalPage();
        page.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        page.calls = SignedIn.calls("token");
        page.access = Access.of(manager);
        SurplusView full = Surpluses.view(state, motionId);
        SurplusView shown = manager ? full : new SurplusView(full.proposal(), full.dividends().stream().filter(d -> d.membershipId() == own).toList());
        Map<String, Function<Object[], Object>> answers = new HashMap<>();
        answers.put("proposal", args -> shown);
        answers.put("myMemberships", args -> List.of(Members.mine(Members.active(own, 2, "김민준", 2))));
        answers.put("meetings", args -> List.of(Surpluses.assembly(99), Surpluses.assembly(12)));
        answers.put("callAssembly", args -> {
            sent.add(args);
            return Surpluses.assembly(12);
        });
        answers.put("withdraw", args -> full.proposal());
        answers.put("pay", args -> {
            sent.add(args);
            return full;
        });
        answers.put("reinvest", args -> {
            sent.add(args);
            return full.dividends().getFirst();
        });
        answers.putAll(override);
        page.api = Fakes.of(SurplusClient.class, answers);
        page.setCoopParam("7");
        page.setIdParam("41");
        return page;
    }
}
