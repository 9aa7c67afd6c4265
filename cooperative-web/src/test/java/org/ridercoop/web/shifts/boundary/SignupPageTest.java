package org.ridercoop.web.shifts.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.coop.boundary.Access;
import org.ridercoop.web.platform.api.SignedIn;
import org.ridercoop.web.shifts.control.OwnMembership;
import org.ridercoop.web.shifts.control.ShiftsClient;
import org.ridercoop.web.shifts.entity.Shift;
import org.ridercoop.web.shifts.entity.ShiftCommands;
import org.ridercoop.web.shifts.entity.SignupWindow;

class SignupPageTest {
    private final List<Object> sent = new ArrayList<>();
    private final List<Shift> week = List.of(
            WeekPageTest.shift(1, "2026-12-14T11:00", 4, 2, List.of(WeekPageTest.open(1), WeekPageTest.open(2))),
            WeekPageTest.shift(2, "2026-12-14T17:00", 4, 1, List.of(WeekPageTest.open(1))),
            WeekPageTest.shift(3, "2026-12-15T17:00", 4, 1, List.of(WeekPageTest.open(1))));

    @Test
    void theShiftsNumberedAreAskedForInTheOrderOfTheirNumbers() {
        Map<Long, String> rank = new HashMap<>(Map.of(1L, "2", 2L, "", 3L, "1"));
        assertThat(SignupPage.ordered(rank, week)).containsExactly(3L, 1L);
        rank.put(2L, "1");
        assertThat(SignupPage.ordered(rank, week)).as("a tie goes by start").containsExactly(2L, 3L, 1L);
        rank.put(2L, "first");
        assertThat(SignupPage.ordered(rank, week)).containsExactly(3L, 1L);
    }

    @Test
    void anOpenWindowShowsTheRidersNumbersAndSavesThem() {
        SignupPage page = page(new SignupWindow(4, LocalDate.of(2026, 12, 14), WeekPageTest.NOW, "OPEN", 3, 2, null, "rule", "규칙",
                List.of(new SignupWindow.Request(2, 1, null, null, null))));
        page.load();
        assertThat(page.isEditable()).isTrue();
        assertThat(page.getRank()).containsEntry(2L, "1");
        assertThat(page.getRanks()).containsExactly(1, 2, 3);
        page.getRank().put(3L, "2");
        assertThat(page.save()).isEqualTo("/signup?faces-redirect=true&coop=7&id=4&done=saved");
        assertThat(sent.getLast()).isEqualTo(new ShiftCommands.Requests(List.of(2L, 3L)));
    }

    @Test
    void afterTheAllocationEachRequestSaysWhatCameOfItAndNothingIsEditable() {
        SignupPage page = page(new SignupWindow(4, LocalDate.of(2026, 12, 14), WeekPageTest.NOW, "ALLOCATED", 3, 2, "seed", "rule", "규칙",
                List.of(new SignupWindow.Request(3, 2, "FULL", "round 1: full", "1라운드: 자리 없음"),
                        new SignupWindow.Request(2, 1, "GRANTED", "round 1, 1st of 2", "1라운드, 2명 중 1번째"))));
        page.load();
        assertThat(page.isEditable()).isFalse();
        assertThat(page.getRequests()).extracting(r -> r.request().outcome()).containsExactly("GRANTED", "FULL");
        assertThat(page.getRequests().getFirst().shift().id()).isEqualTo(2L);
    }

    private SignupPage page(SignupWindow window) {
        SignupPage page = new SignupPage();
        page.calls = SignedIn.calls("token");
        page.access = Access.of(false);
        page.own = new OwnMembership() {
            @Override
            public Long id(long coopId) {
                return 21L;
            }
        };
        page.api = Fakes.of(ShiftsClient.class, Map.of(
                "window", args -> window,
                "shifts", args -> week,
                "request", args -> {
                    sent.add(args[3]);
                    return window;
                }));
        page.setCoopParam("7");
        page.setIdParam("4");
        return page;
    }
}
