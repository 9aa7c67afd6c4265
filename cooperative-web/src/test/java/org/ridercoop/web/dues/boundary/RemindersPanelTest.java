package org.ridercoop.web.dues.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.dues.control.DuesClient;
import org.ridercoop.web.dues.entity.DuesCommands;
import org.ridercoop.web.dues.entity.Reminders;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;
import org.ridercoop.web.platform.api.SignedIn;

class RemindersPanelTest {
    private static final Problem NOT_FOUND = new Problem("urn:ridercoop:problem:not-found", null, 404, "no such resource", null);
    private final List<Object[]> sent = new ArrayList<>();
    private final Reminders settings = new Reminders(List.of(3, 1, 18), 10, List.of(
            new Reminders.Sent(23, 3, "최도윤", "2026-11", 3, 30_000, "doyun@ridercoop.example", Reminders.SENT,
                    Instant.parse("2026-11-10T01:00:00Z"), null),
            new Reminders.Sent(24, 4, "정하린", "2026-11", 1, 10_000, null, Reminders.NO_ADDRESS, null, null),
            new Reminders.Sent(25, 5, "한지우", "2026-10", 1, 10_000, "jiwoo@ridercoop.example", Reminders.FAILED, null, "550 no such user")));

    @Test
    void theSettingsShowAsTicksOfTwelveMonthsAndAnyOtherMonthSetAndTheSentAreCounted() {
        RemindersPanel panel = panel(null);
        panel.load(7, true, true);
        assertThat(panel.isUnavailable()).isFalse();
        assertThat(panel.isManager()).isTrue();
        assertThat(panel.getMonthList()).hasSize(13).startsWith(1, 2, 3).endsWith(12, 18);
        assertThat(panel.getMonths()).containsEntry(1, true).containsEntry(2, false).containsEntry(3, true).containsEntry(18, true);
        assertThat(panel.getDayOfMonth()).isEqualTo("10");
        assertThat(panel.getChosenMonths()).isEqualTo("1, 3, 18");
        assertThat(panel.count(Reminders.SENT)).isEqualTo(1);
        assertThat(panel.count(Reminders.FAILED)).isEqualTo(1);
        assertThat(panel.count(Reminders.NO_ADDRESS)).isEqualTo(1);
    }

    @Test
    void savingSendsTheTickedMonthsInOrderAndSendingNowSaysHowManyWereQueued() {
        RemindersPanel panel = panel(null);
        panel.load(7, true, true);
        panel.getMonths().put(2, true);
        panel.getMonths().put(18, false);
        panel.setDayOfMonth(" 25 ");
        assertThat(panel.save()).isEqualTo("/dues?faces-redirect=true&coop=7&done=reminders");
        assertThat(sent.getFirst()[2]).isEqualTo(new DuesCommands.ReminderSettings(List.of(1, 2, 3), 25));
        assertThat(panel.sendNow()).isEqualTo("/dues?faces-redirect=true&coop=7&done=reminded&queued=2");
        assertThat(sent.get(1)[2]).as("an empty JSON object").isEqualTo(Map.of());
    }

    @Test
    void theApisWordsShowByTheMonthsAndTheDay() {
        RemindersPanel panel = panel(new Problem("urn:ridercoop:problem:validation", null, 400, "invalid", List.of(
                new Problem.FieldError("monthsInArrears[6]", "at most 6 months"), new Problem.FieldError("dayOfMonth", "from 1 to 28"))));
        panel.load(7, true, true);
        panel.setDayOfMonth("31");
        assertThat(panel.save()).isNull();
        assertThat(panel.getMonthsError()).isEqualTo("at most 6 months");
        assertThat(panel.fieldError("dayOfMonth")).isEqualTo("from 1 to 28");
        panel.setDayOfMonth("말일");
        panel.save();
        assertThat(((DuesCommands.ReminderSettings) sent.get(1)[2]).dayOfMonth()).as("left for the API to name").isNull();
    }

    @Test
    void anApiWithoutRemindersLeavesTheSectionSayingSoAndAConsultantOnlyReads() {
        RemindersPanel panel = panel(null);
        panel.api = Fakes.of(DuesClient.class, Map.of("reminders", args -> {
            throw new ApiProblem(NOT_FOUND);
        }));
        panel.load(7, true, true);
        assertThat(panel.isShown()).isTrue();
        assertThat(panel.isUnavailable()).isTrue();
        assertThat(panel.getProblem()).as("not an error: the API has no reminders yet").isNull();
        assertThat(panel.isManager()).as("no form for what is not there").isFalse();

        RemindersPanel consultant = panel(null);
        consultant.load(7, true, false);
        assertThat(consultant.isManager()).isFalse();
        assertThat(consultant.getReminders()).isEqualTo(settings);

        RemindersPanel member = panel(null);
        member.load(7, false, false);
        assertThat(member.isShown()).isFalse();
        assertThat(member.getReminders()).isNull();
    }

    @Test
    void aSendThatMeetsNoRemindersMarksTheSectionUnavailable() {
        RemindersPanel panel = panel(NOT_FOUND);
        panel.load(7, true, true);
        assertThat(panel.sendNow()).isNull();
        assertThat(panel.isUnavailable()).isTrue();
        assertThat(panel.getRefusal()).isNull();
    }

    private RemindersPanel panel(Problem refusal) {
        RemindersPanel panel = new RemindersPanel();
        panel.calls = SignedIn.calls("token");
        panel.api = Fakes.of(DuesClient.class, Map.of(
                "reminders", args -> settings,
                "saveReminders", args -> {
                    sent.add(args);
                    if (refusal != null) {
                        throw new ApiProblem(refusal);
                    }
                    return settings;
                },
                "remind", args -> {
                    sent.add(args);
                    if (refusal != null) {
                        throw new ApiProblem(refusal);
                    }
                    return new Reminders.Run(2);
                }));
        return panel;
    }
}
