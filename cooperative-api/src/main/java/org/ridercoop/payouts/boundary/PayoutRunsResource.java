package org.ridercoop.payouts.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;
import org.ridercoop.shifts.control.Shifts;
import org.ridercoop.payouts.control.Payouts;
import org.ridercoop.payouts.entity.PayoutSettings;
import org.ridercoop.platform.idempotency.Idempotent;
import org.ridercoop.platform.persistence.Database;

/**
 * Pay-period distribution: the board prepares a run (a preview: who gets what and why), another board member
 * approves it, then it is posted to the ledger, paid, or reversed. Money-moving POSTs accept an Idempotency-Key.
 */
@Path("coops/{coopId}/payout-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "payouts")
public class PayoutRunsResource {
    @Inject
    Payouts payouts;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Tenant tenant;

    /** A run with its items and, when asked, its lines. */
    public record RunView(Payouts.Run run, List<Payouts.Item> items, List<Payouts.Line> lines) {
    }

    @GET
    @CoopAccess({Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "Runs, latest period first")
    public List<Payouts.Run> list() {
        return payouts.runs(tenant.coopId());
    }

    @GET
    @Path("{runId}")
    @CoopAccess({Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "A run: pool, deductions, and each member's measure, share and part (the preview, before it is posted)")
    public RunView get(@PathParam("runId") long runId) {
        Payouts.Run run = payouts.run(tenant.coopId(), runId, false);
        return new RunView(run, payouts.items(runId), payouts.lines(runId, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Prepare a run for a period: the income less the operating share and the named deductions, split by the confirmed work")
    public Response prepare(@NotNull(message = "a JSON body is required") @Valid PayoutCommands.NewRun command) {
        if (command.periodEnd().isBefore(command.periodStart()) || command.periodStart().plusDays(92).isBefore(command.periodEnd())) {
            throw ProblemException.invalidField("periodEnd", "on or after periodStart, at most 93 days");
        }
        if (!command.periodEnd().isBefore(org.ridercoop.platform.time.KoreanCalendar.today())) {
            throw ProblemException.invalidField("periodEnd", "a period that has ended (before today)");
        }
        List<Payouts.Item> items = new java.util.ArrayList<>();
        command.incomes().forEach(a -> items.add(new Payouts.Item("INCOME", a.label().strip(), a.amountWon())));
        if (command.deductions() != null) {
            command.deductions().forEach(a -> items.add(new Payouts.Item("DEDUCTION", a.label().strip(), a.amountWon())));
        }
        long runId = payouts.prepare(tenant.coopId(), command.pool() == null ? "MAIN" : command.pool(), command.periodStart(), command.periodEnd(),
                items, caller.displayName(), caller.subject());
        Payouts.Run run = payouts.run(tenant.coopId(), runId, false);
        audit.record(tenant.coopId(), "payout.prepared", "payout_run", runId, null, run);
        return Response.status(Response.Status.CREATED).entity(new RunView(run, payouts.items(runId), payouts.lines(runId, null))).build();
    }

    @GET
    @Path("{runId}/bank-file.csv")
    @Produces(org.ridercoop.platform.csv.SpreadsheetCsv.MEDIA_TYPE)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "The bank transfer file of a posted run: bank, account, holder, amount for each unpaid payout (CSV for Excel)",
            description = "A member without an account on file is listed with empty bank columns, so that the board sees who is missing.")
    public Response bankFile(@PathParam("runId") long runId) {
        Payouts.Run run = payouts.run(tenant.coopId(), runId, false);
        if (!"POSTED".equals(run.state()) || run.reversesRunId() != null) {
            throw ProblemException.conflict("run-not-posted", "Only a posted run is paid out.");
        }
        org.ridercoop.platform.csv.SpreadsheetCsv csv = new org.ridercoop.platform.csv.SpreadsheetCsv()
                .line("은행", "계좌번호", "예금주", "금액(원)", "조합원번호", "성명");
        long total = 0;
        for (Object[] t : payouts.transfers(runId)) {
            long amount = ((Number) t[3]).longValue();
            csv.line((String) t[0], (String) t[1], (String) t[2], String.valueOf(amount), t[4] == null ? "" : t[4].toString(), (String) t[5]);
            total += amount;
        }
        csv.line("합계", "", "", String.valueOf(total), "", "");
        audit.record(tenant.coopId(), "payout.bank-file", "payout_run", runId, null, java.util.Map.of("totalWon", total));
        return Response.ok(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), org.ridercoop.platform.csv.SpreadsheetCsv.MEDIA_TYPE)
                .header(jakarta.ws.rs.core.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"payout-" + runId + "-transfers.csv\"").build();
    }

    @POST
    @Path("{runId}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Approve a prepared run: a board member other than the one who prepared it")
    public Payouts.Run approve(@PathParam("runId") long runId) {
        Payouts.Run run = payouts.run(tenant.coopId(), runId, true);
        if (!"PREVIEW".equals(run.state())) {
            throw ProblemException.conflict("run-not-preview", "This run is " + run.state().toLowerCase() + ".");
        }
        if (run.preparedSubject().equals(caller.subject())) {
            throw ProblemException.forbidden("The board member who prepared a run cannot approve it; another board member does.");
        }
        payouts.approve(runId, caller.displayName(), caller.subject());
        audit.record(tenant.coopId(), "payout.approved", "payout_run", runId, null, java.util.Map.of("approvedBy", caller.displayName()));
        return payouts.run(tenant.coopId(), runId, false);
    }

    @POST
    @Path("{runId}/post")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Idempotent
    @Operation(summary = "Post an approved run to the ledger (balanced entries, one transaction); one posted run per pool and period")
    public Payouts.Run post(@PathParam("runId") long runId) {
        Payouts.Run run = payouts.run(tenant.coopId(), runId, true);
        if ("POSTED".equals(run.state()) || "REVERSED".equals(run.state())) {
            throw ProblemException.conflict("run-posted", "This run was posted already.");
        }
        if (!"APPROVED".equals(run.state())) {
            throw ProblemException.conflict("run-not-approved", "A run is approved by a second board member before it is posted.");
        }
        ProblemException periodPosted = ProblemException.conflict("period-posted", "A run of pool " + run.pool() + " for " + run.periodStart()
                + " – " + run.periodEnd() + " is posted already; reverse it first to correct it.");
        if (payouts.runs(tenant.coopId()).stream().anyMatch(r -> "POSTED".equals(r.state()) && r.reversesRunId() == null
                && r.pool().equals(run.pool()) && r.periodStart().equals(run.periodStart()) && r.periodEnd().equals(run.periodEnd()))) {
            throw periodPosted;
        }
        try {
            // the key on posted runs stands behind the check above when two runs of the period are posted at once
            payouts.post(run);
        } catch (jakarta.persistence.PersistenceException e) {
            // only that key's refusal means "posted already"; anything else (the database gone) is not answered so
            if (Database.isDuplicateKey(e)) {
                throw periodPosted;
            }
            throw e;
        }
        audit.record(tenant.coopId(), "payout.posted", "payout_run", runId, null, java.util.Map.of("netWon", run.netWon(), "members", run.members()));
        return payouts.run(tenant.coopId(), runId, false);
    }

    @POST
    @Path("{runId}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Idempotent
    @Operation(summary = "Mark a posted run's payouts paid (the given members, or every unpaid one): payable to the bank in the ledger")
    public Payouts.Run pay(@PathParam("runId") long runId, PayoutCommands.Payment command) {
        Payouts.Run run = payouts.run(tenant.coopId(), runId, true);
        if (!"POSTED".equals(run.state()) || run.reversesRunId() != null) {
            throw ProblemException.conflict("run-not-posted", "Only a posted run is paid.");
        }
        int paid = payouts.pay(run, command == null ? null : command.membershipIds());
        audit.record(tenant.coopId(), "payout.paid", "payout_run", runId, null, java.util.Map.of("members", paid));
        return payouts.run(tenant.coopId(), runId, false);
    }

    @POST
    @Path("{runId}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Idempotent
    @Operation(summary = "Reverse a posted run none of whose payouts was paid: a reversing run posts the mirror entries")
    public Payouts.Run reverse(@PathParam("runId") long runId) {
        Payouts.Run run = payouts.run(tenant.coopId(), runId, true);
        if (!"POSTED".equals(run.state()) || run.reversesRunId() != null) {
            throw ProblemException.conflict("run-not-posted", "Only a posted run is reversed.");
        }
        if (payouts.lines(runId, null).stream().anyMatch(l -> l.paidAt() != null)) {
            throw ProblemException.conflict("run-paid", "Some payouts of this run were paid; it cannot be reversed.");
        }
        long reversal = payouts.reverse(run, caller.displayName(), caller.subject());
        audit.record(tenant.coopId(), "payout.reversed", "payout_run", runId, null, java.util.Map.of("reversal", reversal));
        return payouts.run(tenant.coopId(), reversal, false);
    }
}
