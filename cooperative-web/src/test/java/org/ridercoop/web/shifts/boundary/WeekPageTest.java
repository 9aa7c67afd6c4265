package org.ridercoop.web.shifts.boundary;

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
import org.ridercoop.web.shifts.control.OwnMembership;
import org.ridercoop.web.shifts.control.ShiftsClient;
import org.ridercoop.web.shifts.entity.Hours;
import org.ridercoop.web.shifts.entity.PooledPlace;
import org.ridercoop.web.shifts.entity.Shift;
import org.ridercoop.web.shifts.entity.ShiftCommands;
import org.ridercoop.web.shifts.entity.Swap;

class WeekPageTest {
    /** Tuesday 1 December 2026, 10:00 in Korea. */
    static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final long ME = 21;
    private final List<Object[]> sent = new ArrayList<>();
    private Problem refusal;

    static Instant at(String korea) {
        return java.time.LocalDateTime.parse(korea).atZone(java.time.ZoneId.of("Asia/Seoul")).toInstant();
    }

    static Shift shift(long id, String start, int hours, int wanted, List<Shift.Place> places) {
        Instant s = at(start);
        int open = (int) places.stream().filter(p -> !p.isHeld()).count();
        return new Shift(id, 1, "북구", s, s.plusSeconds(hours * 3600L), hours * 60L, wanted, wanted - open, open,
                (int) places.stream().filter(Shift.Place::offered).count(), open, false, null, places);
    }

    static Shift.Place held(int no, long member, String name, boolean offered) {
        return new Shift.Place(no, member, (int) member - 19, name, offered, false, member == ME);
    }

    static Shift.Place open(int no) {
        return new Shift.Place(no, null, null, null, false, false, false);
    }

    static PooledPlace pooled(long shift, String start, long member, String name, boolean urgent) {
        Instant s = at(start);
        return new PooledPlace(shift, "북구", s, s.plusSeconds(4 * 3600), 240, 1, member, name, urgent, urgent ? "아파요" : null, NOW);
    }

    private final List<Shift> week = List.of(
            shift(1, "2026-11-30T11:00", 4, 2, List.of(held(1, ME, "김민준", false), open(2))),        // Monday, started
            shift(2, "2026-12-01T17:00", 4, 2, List.of(held(1, ME, "김민준", true), held(2, 26, "이지은", false))),
            shift(3, "2026-12-02T11:00", 4, 2, List.of(held(1, 26, "이지은", true), open(2))),
            shift(4, "2026-12-02T17:00", 4, 1, List.of(held(1, 23, "최도윤", true))),
            shift(5, "2026-12-02T21:00", 3, 1, List.of(held(1, 22, "박서연", true))));
    private final List<PooledPlace> pool = List.of(
            pooled(2, "2026-12-01T17:00", ME, "김민준", false),
            pooled(3, "2026-12-02T11:00", 26, "이지은", false),
            pooled(4, "2026-12-02T17:00", 23, "최도윤", false),
            pooled(5, "2026-12-02T21:00", 22, "박서연", true));

    @Test
    void theWeekIsGroupedByDayWithMyShiftsTheOpenOnesAndThePoolUrgentFirstLeavingOutMyOwnOffers() {
        List<WeekPage.Day> days = WeekPage.group(MONDAY, week, pool, ME, NOW);

        assertThat(days).hasSize(7).extracting(WeekPage.Day::date).startsWith(MONDAY).endsWith(MONDAY.plusDays(6));
        assertThat(days.get(0).mine()).extracting(Shift::id).containsExactly(1L);
        assertThat(days.get(0).open()).as("started: nothing to take").isEmpty();
        assertThat(days.get(1).mine()).extracting(Shift::id).containsExactly(2L);
        assertThat(days.get(1).pooled()).as("my own offer shows on my shift, not in the pool").isEmpty();
        assertThat(days.get(2).open()).extracting(Shift::id).containsExactly(3L);
        assertThat(days.get(2).pooled()).extracting(PooledPlace::shiftId).as("urgent first, then by start").containsExactly(5L, 3L, 4L);
        assertThat(days.get(3).isBare()).isTrue();
        assertThat(days.get(3).published()).isZero();
    }

    @Test
    void aClaimRefusedByASafetyRuleNamesTheRuleAndKeepsTheApisFigures() {
        refusal = new Problem("urn:ridercoop:problem:rule-max-week", "Safety rule", 422,
                "At most 52 h a week: 김민준 would have 54 h in the week of 30 Nov.", null);
        WeekPage page = page();
        page.load();

        assertThat(page.claim(3)).isNull();
        assertThat(sent).extracting(a -> a[0]).contains("claim");
        assertThat(page.refusal("shift-3").messageKey()).isEqualTo("shifts.problem.rule-max-week");
        assertThat(page.refusal("shift-3").detail()).contains("54 h");

        refusal = new Problem("urn:ridercoop:problem:shift-full", null, 409, "Shift 4 is full.", null);
        page.claimPooled(pool.get(2));
        assertThat(page.refusal("pool-4-1").messageKey()).isEqualTo("shifts.problem.shift-full");
        assertThat(page.refusal("pool-4-1").detail()).as("said in words alone").isNull();
        assertThat(page.refusal("shift-3")).as("an older refusal goes").isNull();
    }

    @Test
    void aClaimThatWorksGoesBackToTheWeekWithTheDoneNotice() {
        WeekPage page = page();
        page.load();
        assertThat(page.claim(3)).isEqualTo("/shifts?faces-redirect=true&coop=7&week=2026-11-30&done=claimed");
        assertThat(page.getMonday()).isEqualTo(MONDAY);
        assertThat(page.getHours().minutes()).isEqualTo(480);
        assertThat(page.getToday().minutes()).isEqualTo(240);
    }

    @Test
    void anOfferCarriesUrgentAndTheReasonAsTyped() {
        WeekPage page = page();
        page.load();
        page.getUrgent().put(2L, true);
        page.getReason().put(2L, "  아이가 아파요 ");
        assertThat(page.offer(2)).endsWith("&done=urgent");
        assertThat(sent.getLast()[1]).isEqualTo(new ShiftCommands.Offer(true, "아이가 아파요"));

        page.getReason().put(2L, " ");
        page.getUrgent().put(2L, false);
        assertThat(page.offer(2)).endsWith("&done=offered");
        assertThat(sent.getLast()[1]).isEqualTo(new ShiftCommands.Offer(false, null));
    }

    @Test
    void aSwapIsProposedForAnotherRidersPlaceOnAShiftNotStartedAndNeedsOnePicked() {
        WeekPage page = page();
        page.load();
        assertThat(page.getSwapTargets()).extracting(WeekPage.SwapTarget::value)
                .containsExactly("3:26", "4:23", "5:22");
        assertThat(page.proposeSwap(2)).isNull();
        assertThat(page.refusal("shift-2").messageKey()).isEqualTo("shifts.swap.pick");

        page.getSwapWith().put(2L, "4:23");
        assertThat(page.proposeSwap(2)).endsWith("&done=proposed");
        assertThat(sent.getLast()[1]).isEqualTo(new ShiftCommands.NewSwap(2L, 4L, 23L));
        assertThat(WeekPage.target("4:x")).isNull();
        assertThat(WeekPage.target("0:23")).isNull();
    }

    @Test
    void swapsAreSortedIntoMineToAnswerMineWaitingAndDecided() {
        WeekPage page = page();
        page.load();
        assertThat(page.getIncoming()).extracting(Swap::id).containsExactly(1L);
        assertThat(page.getOutgoing()).extracting(Swap::id).containsExactly(2L);
        assertThat(page.getDecided()).extracting(Swap::id).containsExactly(3L);
        assertThat(page.accept(1)).endsWith("&done=swapped");
        assertThat(sent.getLast()[1]).isEqualTo("accept");
    }

    @Test
    void someoneWhoIsNotAMemberSeesTheWeekButNoHoursNorNotifications() {
        WeekPage page = page();
        page.own = membership(null);
        page.load();
        assertThat(page.isMember()).isFalse();
        assertThat(page.getHours()).isNull();
        assertThat(page.getNotifications()).isEmpty();
        assertThat(page.canAct(week.get(2))).isFalse();
    }

    private static OwnMembership membership(Long id) {
        return new OwnMembership() {
            @Override
            public Long id(long coopId) {
                return id;
            }
        };
    }

    private WeekPage page() {
        Swap.Summary a = new Swap.Summary(2, "북구", at("2026-12-01T17:00"), at("2026-12-01T21:00"));
        Swap.Summary b = new Swap.Summary(4, "북구", at("2026-12-02T17:00"), at("2026-12-02T21:00"));
        List<Swap> swaps = List.of(new Swap(1, "PROPOSED", 26, "이지은", b, ME, "김민준", a, NOW, null),
                new Swap(2, "PROPOSED", ME, "김민준", a, 23, "최도윤", b, NOW, null),
                new Swap(3, "DECLINED", ME, "김민준", a, 22, "박서연", b, NOW.minusSeconds(60), NOW));
        WeekPage page = new WeekPage();
        page.calls = SignedIn.calls("token");
        page.access = Access.of(false);
        page.own = membership(ME);
        page.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        page.api = Fakes.of(ShiftsClient.class, Map.of(
                "shifts", args -> week,
                "pool", args -> pool,
                "swaps", args -> swaps,
                "windows", args -> List.of(),
                "notifications", args -> List.of(),
                "hours", args -> new Hours(MONDAY, 480, 3120, List.of(new Hours.Day(MONDAY, 240, 600),
                        new Hours.Day(MONDAY.plusDays(1), 240, 600))),
                "claim", args -> answer("claim", args[3], week.get(2)),
                "offer", args -> answer("offer", args[3], week.get(1)),
                "propose", args -> answer("propose", args[2], null),
                "decide", args -> answer("decide", args[3], null)));
        page.setCoopParam("7");
        return page;
    }

    private Object answer(String what, Object body, Object value) {
        sent.add(new Object[] {what, body});
        if (refusal != null) {
            throw new ApiProblem(refusal);
        }
        return value;
    }
}
