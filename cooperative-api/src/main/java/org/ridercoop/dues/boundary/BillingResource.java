package org.ridercoop.dues.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.dues.control.Dues;
import org.ridercoop.dues.control.DuesReminders;
import org.ridercoop.dues.entity.DuesAccount;
import org.ridercoop.membership.control.Memberships;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.csv.SpreadsheetCsv;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;
import org.ridercoop.platform.time.KoreanCalendar;

/**
 * The monthly billing (one charge per current member and month, exactly once, whoever starts it and however many
 * instances run), the arrears list and the collection rate per month.
 */
@Path("coops/{coopId}/dues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "dues")
public class BillingResource {
    @Inject
    Dues dues;
    @Inject
    Memberships memberships;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Tenant tenant;
    @Inject
    DuesReminders reminders;

    @POST
    @Path("billing-runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Bill a month: one charge per current member at the plan in force on its first day",
            description = "Billing a month again creates nothing; the scheduler bills every cooperative on the 1st at 00:10 Korean time.")
    @APIResponse(responseCode = "200", description = "What was billed now and in all",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DuesViews.BillingRunView.class)))
    @APIResponse(responseCode = "422", description = "A month that has not begun", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DuesViews.BillingRunView bill(@NotNull(message = "a JSON body is required") @Valid DuesCommands.BillingRun command) {
        YearMonth month = YearMonth.parse(command.month());
        if (month.isAfter(YearMonth.from(KoreanCalendar.today()))) {
            throw ProblemException.ruleViolated("month-not-begun", "Dues are billed from the first day of the month; " + month + " has not begun.");
        }
        return run(tenant.coopId(), month, caller.displayName(), audit, dues);
    }

    /** Bills the month for the cooperative and records it when it created anything. */
    static DuesViews.BillingRunView run(long coopId, YearMonth month, String by, AuditTrail audit, Dues dues) {
        // runs of one cooperative, on any instance, go one after the other (no deadlock between their inserts)
        dues.lockCooperative(coopId);
        int created = dues.bill(coopId, month, by);
        long[] billed = dues.billed(coopId, month);
        DuesViews.BillingRunView view = new DuesViews.BillingRunView(month.toString(), created, billed[0], billed[1],
                dues.withoutPlan(coopId, month));
        if (created > 0) {
            audit.record(coopId, "dues.billed", "cooperative", coopId, null, view);
        }
        return view;
    }

    @POST
    @Path("reminder-runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Send this month's reminders now, whatever the day: to members at one of the set months in arrears",
            description = "A member already reminded this month is left out; the scheduler does the same on the set day of each month.")
    @APIResponse(responseCode = "200", description = "How many were queued; they are sent right after",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DuesViews.ReminderRunView.class)))
    public DuesViews.ReminderRunView remind() {
        return new DuesViews.ReminderRunView(reminders.run(tenant.coopId(), caller.displayName()));
    }

    @GET
    @Path("arrears")
    @CoopAccess({Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "Members owing dues, most owed first: aging (this month, 1, 2, 3+ months) and the flag",
            description = "Flagged: unpaid months reached what the articles set for expulsion. The board may then open a case; "
                    + "nothing happens by itself.")
    @APIResponse(responseCode = "200", description = "Arrears",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = DuesViews.ArrearsView.class)))
    public List<DuesViews.ArrearsView> arrears() {
        long coopId = tenant.coopId();
        LocalDate today = KoreanCalendar.today();
        int flagAt = memberships.cooperative(coopId).articles().unpaidMonthsForExpulsion();
        Map<Long, Object[]> members = dues.members(coopId);
        List<DuesViews.ArrearsView> owing = new ArrayList<>();
        dues.ledgers(coopId).forEach((id, ledger) -> {
            DuesAccount account = ledger.account(today);
            if (account.unpaid() > 0) {
                Object[] member = members.get(id);
                owing.add(new DuesViews.ArrearsView(id, (Integer) member[0], (String) member[1], account.unpaid(), account.aging(),
                        account.monthsInArrears(), account.monthsInArrears() >= flagAt));
            }
        });
        owing.sort(Comparator.comparingLong(DuesViews.ArrearsView::unpaidWon).reversed().thenComparing(DuesViews.ArrearsView::membershipId));
        return owing;
    }

    @GET
    @Path("arrears.csv")
    @Produces(SpreadsheetCsv.MEDIA_TYPE)
    @CoopAccess({Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "The arrears list as CSV (UTF-8 with BOM, for Excel)")
    @APIResponse(responseCode = "200", description = "The list", content = @Content(mediaType = "text/csv"))
    public Response arrearsCsv() {
        SpreadsheetCsv out = new SpreadsheetCsv().line("조합원번호", "성명", "미납액(원)", "당월", "1개월", "2개월", "3개월 이상", "미납 개월", "제명 사유 해당");
        long total = 0;
        for (DuesViews.ArrearsView a : arrears()) {
            out.line(String.valueOf(a.memberNumber()), a.name(), String.valueOf(a.unpaidWon()), String.valueOf(a.aging().current()),
                    String.valueOf(a.aging().oneMonth()), String.valueOf(a.aging().twoMonths()), String.valueOf(a.aging().threeOrMore()),
                    String.valueOf(a.monthsInArrears()), a.flagged() ? "예" : "");
            total += a.unpaidWon();
        }
        out.line("합계", "", String.valueOf(total), "", "", "", "", "", "");
        return Response.ok(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), SpreadsheetCsv.MEDIA_TYPE)
                .header(jakarta.ws.rs.core.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dues-arrears-" + tenant.coopId() + ".csv\"")
                .build();
    }

    @GET
    @Path("collection")
    @CoopAccess({Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "Per month, latest first: members charged, charged, collected (payments go to the oldest charge first), rate")
    @APIResponse(responseCode = "200", description = "Months",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = DuesViews.CollectionView.class)))
    public List<DuesViews.CollectionView> collection() {
        LocalDate today = KoreanCalendar.today();
        Map<YearMonth, long[]> months = new TreeMap<>(Comparator.reverseOrder());
        dues.ledgers(tenant.coopId()).values().forEach(ledger -> ledger.account(today).months().forEach(m -> {
            long[] sums = months.computeIfAbsent(m.month(), k -> new long[3]);
            sums[0]++;
            sums[1] += m.charged();
            sums[2] += m.covered();
        }));
        return months.entrySet().stream().map(e -> new DuesViews.CollectionView(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                e.getValue()[1] == 0 ? 100.0 : Math.round(e.getValue()[2] * 1000.0 / e.getValue()[1]) / 10.0)).toList();
    }
}
