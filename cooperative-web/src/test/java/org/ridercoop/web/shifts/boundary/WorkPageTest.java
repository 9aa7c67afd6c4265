package org.ridercoop.web.shifts.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
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
import org.ridercoop.web.shifts.entity.ShiftCommands;
import org.ridercoop.web.shifts.entity.WorkRecord;

class WorkPageTest {
    private final List<Object> sent = new ArrayList<>();
    private Problem refusal;
    private final List<WorkRecord> records = List.of(
            record(1, 21, "CONFIRMED", 240, 61_000), record(2, 21, "SUBMITTED", 180, 40_000), record(3, 26, "SUBMITTED", 240, 50_000));

    static WorkRecord record(long id, long member, String status, long minutes, long won) {
        return new WorkRecord(id, member, (int) member - 19, member == 21 ? "김민준" : "이지은", null, WeekPageTest.NOW,
                WeekPageTest.NOW.plusSeconds(minutes * 60), minutes, 12, new BigDecimal("38.2"), won, status, "RIDER", null, null);
    }

    @Test
    void distancesAreReadWithADotOrACommaAndWithoutTheUnit() {
        assertThat(WorkPage.km("42.5")).isEqualByComparingTo("42.5");
        assertThat(WorkPage.km("42,5 km")).isEqualByComparingTo("42.5");
        assertThat(WorkPage.km("forty")).isNull();
        assertThat(WorkPage.km("")).isNull();
    }

    @Test
    void aRiderSeesTheirOwnRecordsAndSubmitsOneAsTyped() {
        WorkPage page = page(false, 21L);
        page.load();
        assertThat(page.getMine()).extracting(WorkRecord::id).containsExactly(1L, 2L);
        assertThat(page.isInboxShown()).isFalse();
        assertThat(page.getConfirmedMinutes()).isEqualTo(240);
        page.setStartedAt("2026-11-30T17:00");
        page.setEndedAt("2026-11-30T21:00");
        page.setDeliveries("14");
        page.setDistanceKm("38.2");
        page.setIncomeWon("61,000원");
        assertThat(page.submit()).isEqualTo("/work?faces-redirect=true&coop=7&done=recorded");
        assertThat(sent.getLast()).isEqualTo(new ShiftCommands.NewWorkRecord(null, null, WeekPageTest.at("2026-11-30T17:00"),
                WeekPageTest.at("2026-11-30T21:00"), 14, new BigDecimal("38.2"), 61_000L));

        refusal = new Problem(null, null, 400, null, List.of(new Problem.FieldError("endedAt", "a work record is at most 24 hours")));
        page.setDeliveries("many");
        assertThat(page.submit()).isNull();
        assertThat(page.fieldError("endedAt")).isEqualTo("a work record is at most 24 hours");
        assertThat(((ShiftCommands.NewWorkRecord) sent.getLast()).deliveries()).isNull();
    }

    @Test
    void theBoardConfirmsAndRejectsOnlyWithAReason() {
        WorkPage page = page(true, 20L);
        page.load();
        assertThat(page.isInboxShown()).isTrue();
        assertThat(page.getInbox()).extracting(WorkRecord::id).as("submitted ones only").containsExactly(2L, 3L);
        assertThat(page.confirm(2)).endsWith("&done=confirmed");
        assertThat(page.reject(3)).isNull();
        assertThat(page.inboxRefusal(3).messageKey()).isEqualTo("work.reject.reason.required");
        page.getRejectReason().put(3L, "시간이 플랫폼 기록과 다릅니다");
        assertThat(page.reject(3)).endsWith("&done=rejected");
        assertThat(sent.getLast()).isEqualTo(new ShiftCommands.Decision("시간이 플랫폼 기록과 다릅니다"));
    }

    @Test
    void aConsultantReadsTheInboxWithoutForms() {
        WorkPage page = page(false, null);
        page.load();
        assertThat(page.isInboxShown()).isTrue();
        assertThat(page.isManager()).isFalse();
        assertThat(page.isMember()).isFalse();
    }

    private WorkPage page(boolean manager, Long me) {
        WorkPage page = new WorkPage();
        page.calls = SignedIn.calls("token");
        page.access = Access.of(manager);
        page.own = new OwnMembership() {
            @Override
            public Long id(long coopId) {
                return me;
            }
        };
        page.clock = Clock.fixed(WeekPageTest.NOW, ZoneOffset.UTC);
        page.api = Fakes.of(ShiftsClient.class, Map.of(
                "workRecords", args -> args[4] == null ? records : records.stream().filter(WorkRecord::isSubmitted).toList(),
                "shifts", args -> List.of(),
                "addWorkRecord", args -> answer(args[2]),
                "confirm", args -> answer(args[3]),
                "reject", args -> answer(args[3])));
        page.setCoopParam("7");
        return page;
    }

    private Object answer(Object body) {
        sent.add(body);
        if (refusal != null) {
            throw new ApiProblem(refusal);
        }
        return records.getFirst();
    }
}
