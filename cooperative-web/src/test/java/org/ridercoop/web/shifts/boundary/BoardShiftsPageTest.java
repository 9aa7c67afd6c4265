package org.ridercoop.web.shifts.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
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
import org.ridercoop.web.shifts.control.ShiftsClient;
import org.ridercoop.web.shifts.entity.Shift;
import org.ridercoop.web.shifts.entity.ShiftCommands;
import org.ridercoop.web.shifts.entity.ShiftRules;
import org.ridercoop.web.shifts.entity.Template;
import org.ridercoop.web.shifts.entity.Zone;

class BoardShiftsPageTest {
    private final List<Object> sent = new ArrayList<>();
    private Problem refusal;
    private final List<Shift> week = List.of(
            WeekPageTest.shift(1, "2026-11-30T11:00", 4, 2, List.of(WeekPageTest.held(1, 21, "김민준", false), WeekPageTest.open(2))),
            WeekPageTest.shift(2, "2026-11-30T17:00", 4, 1, List.of(WeekPageTest.held(1, 26, "이지은", false))),
            WeekPageTest.shift(3, "2026-12-01T17:00", 4, 1, List.of(WeekPageTest.open(1))));

    @Test
    void theGridHasADayRowPerDayAndCountsWhatIsUncovered() {
        BoardShiftsPage page = page(true);
        page.load();
        assertThat(page.getDays()).hasSize(7).first().isEqualTo(WeekPageTest.MONDAY);
        assertThat(page.getColumns()).extracting(Zone::name).containsExactly("북구");
        assertThat(page.cell(WeekPageTest.MONDAY, 1)).extracting(Shift::id).containsExactly(1L, 2L);
        assertThat(page.cell(WeekPageTest.MONDAY, 2)).isEmpty();
        assertThat(page.getUncovered()).isEqualTo(2);
        assertThat(page.getWanted()).isEqualTo(4);
        assertThat(page.getFilled()).isEqualTo(2);
        assertThat(page.getTemplateDayList()).containsExactly(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY);
    }

    @Test
    void theRulesAreShownInHoursAndSentInMinutes() {
        BoardShiftsPage page = page(true);
        page.load();
        assertThat(page.getMaxDay()).isEqualTo("10");
        assertThat(page.getMaxWeek()).isEqualTo("52");
        assertThat(page.getLatestEnd()).isEqualTo("24:00");
        page.setMaxDay("9.5");
        page.setLatestEnd("26:00");
        page.setMinRest("x");
        assertThat(page.saveRules()).endsWith("&done=rules");
        assertThat(sent.getLast()).isEqualTo(new ShiftRules(570, 3120, null, 1560));
    }

    @Test
    void aShiftEndingAtOrBeforeItsStartEndsTheNextDay() {
        BoardShiftsPage page = page(true);
        page.load();
        page.setZoneId("1");
        page.setDay("2026-12-04");
        page.setStart("21:00");
        page.setEnd("00:00");
        page.setRidersWanted("2");
        page.publish();
        ShiftCommands.NewShift body = (ShiftCommands.NewShift) sent.getLast();
        assertThat(body.startsAt()).isEqualTo(WeekPageTest.at("2026-12-04T21:00"));
        assertThat(body.endsAt()).isEqualTo(WeekPageTest.at("2026-12-05T00:00"));
        assertThat(body.ridersWanted()).isEqualTo(2);

        refusal = new Problem("urn:ridercoop:problem:rule-latest-end", null, 422, "Shifts end by 24:00.", null);
        page.setEnd("02:00");
        assertThat(page.publish()).isNull();
        assertThat(page.refusal("publish").messageKey()).isEqualTo("shifts.problem.rule-latest-end");
    }

    @Test
    void theBoardAddsAndRemovesTemplateSlotsByPuttingTheWholeWeekAndAddsZones() {
        BoardShiftsPage page = page(true);
        page.load();
        page.setSlotDay("SATURDAY");
        page.setSlotZone("1");
        page.setSlotStart("17:00");
        page.setSlotEnd("21:00");
        page.setSlotRiders("3");
        assertThat(page.addSlot()).contains("done=slot");
        Template added = (Template) sent.get(0);
        assertThat(added.slots()).hasSize(3)
                .last().isEqualTo(new Template.Slot(1L, java.time.DayOfWeek.SATURDAY, "17:00", "21:00", 3));
        assertThat(page.removeSlot(new Template.Slot(1L, java.time.DayOfWeek.FRIDAY, "21:00", "24:00", 1))).contains("done=slot-removed");
        assertThat(((Template) sent.get(1)).slots()).singleElement()
                .isEqualTo(new Template.Slot(1L, java.time.DayOfWeek.MONDAY, "11:00", "15:00", 2));
        page.setZoneName("  수성구 ");
        assertThat(page.addZone()).contains("done=zone");
        assertThat(sent.get(2)).isEqualTo(new org.ridercoop.web.shifts.entity.ShiftCommands.NewZone("수성구"));
        // a refused slot stays on the page with the API's reason
        refusal = new Problem("urn:ridercoop:problem:rule-latest-end", null, 422, "Slot 3 ends after the cooperative's latest end.", null);
        page.setSlotEnd("02:00");
        assertThat(page.addSlot()).isNull();
        assertThat(page.refusal("slot").messageKey()).isEqualTo("shifts.problem.rule-latest-end");
    }

    private BoardShiftsPage page(boolean manager) {
        BoardShiftsPage page = new BoardShiftsPage();
        page.calls = SignedIn.calls("token");
        page.access = Access.of(manager);
        page.clock = Clock.fixed(WeekPageTest.NOW, ZoneOffset.UTC);
        page.api = Fakes.of(ShiftsClient.class, Map.of(
                "shifts", args -> week,
                "zones", args -> List.of(new Zone(1, "북구", true), new Zone(2, "옛 구역", false)),
                "rules", args -> new ShiftRules(600, 3120, 60, 1440),
                "template", args -> new Template(List.of(new Template.Slot(1L, java.time.DayOfWeek.FRIDAY, "21:00", "24:00", 1),
                        new Template.Slot(1L, java.time.DayOfWeek.MONDAY, "11:00", "15:00", 2))),
                "windows", args -> List.of(),
                "setRules", args -> answer(args[2]),
                "setTemplate", args -> answer(args[2]),
                "addZone", args -> answer(args[2]),
                "publish", args -> answer(args[2])));
        page.setCoopParam("7");
        page.setWeekParam("2026-12-02");
        return page;
    }

    private Object answer(Object body) {
        sent.add(body);
        if (refusal != null) {
            throw new ApiProblem(refusal);
        }
        return null;
    }
}
