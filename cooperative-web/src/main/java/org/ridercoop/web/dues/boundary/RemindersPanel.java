package org.ridercoop.web.dues.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.dues.control.DuesClient;
import org.ridercoop.web.dues.entity.DuesCommands;
import org.ridercoop.web.dues.entity.Reminders;
import org.ridercoop.web.platform.Inputs;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.platform.api.Refusal;

/**
 * The reminder e-mails on the dues page ({@code #{remindersPanel}}): after how many months unpaid a member is
 * reminded and on which day of the month, sending today's reminders now, and the reminders sent with what became
 * of each e-mail. An API without reminders (it answers 404) leaves the section saying so, not a broken page.
 */
@Named("remindersPanel")
@ViewScoped
public class RemindersPanel implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The months offered as boxes to tick; a setting beyond them (the API takes up to 24) gets its own box. */
    static final int MONTHS_OFFERED = 12;

    @Inject
    transient ApiCalls calls;

    @Inject
    @RestClient
    transient DuesClient api;

    private long coopId;
    private boolean shown;
    private boolean unavailable;
    private boolean manager;
    private Reminders reminders;
    private Refusal problem;
    private Refusal refusal;
    private final Map<Integer, Boolean> months = new TreeMap<>();
    private String dayOfMonth = "";

    /** After the dues page loaded: the reminders of its cooperative, for those who may read its dues. */
    public void load(DuesPage page) {
        load(page.getCooperative() == null ? 0 : page.getCooperative().id(), page.isReader(), page.isManager());
    }

    void load(long coop, boolean reader, boolean manager) {
        shown = reader;
        this.manager = manager;
        if (!shown) {
            return;
        }
        coopId = coop;
        Answer<Reminders> answer = calls.call("GET /coops/" + coopId + "/dues/reminders", bearer -> api.reminders(bearer, coopId));
        if (answer instanceof Answer.NotFound) {
            unavailable = true;
            return;
        }
        reminders = answer.found().orElse(null);
        problem = Refusal.of(answer);
        if (reminders != null) {
            show(reminders);
        }
    }

    private void show(Reminders settings) {
        months.clear();
        TreeSet<Integer> offered = new TreeSet<>();
        for (int m = 1; m <= MONTHS_OFFERED; m++) {
            offered.add(m);
        }
        offered.addAll(settings.monthsInArrears());
        offered.forEach(m -> months.put(m, settings.monthsInArrears().contains(m)));
        dayOfMonth = String.valueOf(settings.dayOfMonth());
    }

    DuesCommands.ReminderSettings body() {
        List<Integer> chosen = new ArrayList<>();
        months.forEach((m, ticked) -> {
            if (Boolean.TRUE.equals(ticked)) {
                chosen.add(m);
            }
        });
        return new DuesCommands.ReminderSettings(chosen, Inputs.integer(dayOfMonth));
    }

    public String save() {
        var body = body();
        Answer<Reminders> answer = calls.call("PUT /coops/" + coopId + "/dues/reminders",
                bearer -> api.saveReminders(bearer, coopId, body));
        return act(answer, "&done=reminders");
    }

    /** Today's reminders, now; members reminded this month already are skipped by the API. */
    public String sendNow() {
        Answer<Reminders.Run> answer = calls.call("POST /coops/" + coopId + "/dues/reminder-runs",
                bearer -> api.remind(bearer, coopId, Map.of()));
        return act(answer, answer.found().map(run -> "&done=reminded&queued=" + run.queued()).orElse(""));
    }

    private String act(Answer<?> answer, String query) {
        if (answer instanceof Answer.NotFound) {
            unavailable = true;
            refusal = null;
            return null;
        }
        if (answer instanceof Answer.Found) {
            return "/dues?faces-redirect=true&coop=" + coopId + query;
        }
        refusal = Refusal.of(answer);
        return null;
    }

    public String fieldError(String field) {
        return refusal == null ? null : refusal.field(field);
    }

    /** The API's words about the months ticked, whatever their index ({@code monthsInArrears[2]}). */
    public String getMonthsError() {
        if (refusal == null) {
            return null;
        }
        List<String> messages = refusal.fields().entrySet().stream().filter(e -> e.getKey().startsWith("monthsInArrears"))
                .map(Map.Entry::getValue).distinct().toList();
        return messages.isEmpty() ? null : String.join("; ", messages);
    }

    public long count(String status) {
        return reminders == null ? 0 : reminders.sent().stream().filter(s -> status.equals(s.emailStatus())).count();
    }

    /** The months ticked, in order: "1, 2, 3". */
    public String getChosenMonths() {
        return reminders == null ? "" : String.join(", ", reminders.monthsInArrears().stream().sorted().map(String::valueOf).toList());
    }

    public boolean isShown() { return shown; }
    public boolean isUnavailable() { return unavailable; }
    public boolean isManager() { return manager && !unavailable && reminders != null; }
    public Reminders getReminders() { return reminders; }
    public Refusal getProblem() { return problem; }
    public Refusal getRefusal() { return refusal; }
    public Map<Integer, Boolean> getMonths() { return months; }
    public List<Integer> getMonthList() { return List.copyOf(months.keySet()); }
    public String getDayOfMonth() { return dayOfMonth; }
    public void setDayOfMonth(String v) { dayOfMonth = Inputs.orEmpty(v); }
}
