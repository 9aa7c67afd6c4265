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
import org.ridercoop.membership.boundary.MemberAccess;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.payouts.control.Payouts;

/** A member's payouts: one statement per posted run, with its breakdown. */
@Path("coops/{coopId}/members/{memberId}/payouts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "payouts")
public class MemberPayoutsResource {
    @Inject
    Payouts payouts;
    @Inject
    MemberAccess access;
    @Inject
    Tenant tenant;

    /** A statement: the period, the pool and its deductions, the member's work, measure share, part, withholding, payable, paid. */
    public record Statement(long runId, String pool, LocalDate periodStart, LocalDate periodEnd, String state, String formula, long grossWon,
                            long operatingWon, long deductionsWon, long netWon, List<Payouts.Item> items, long minutes, long deliveries, long incomeWon,
                            double sharePercent, long amountWon, int withholdingBp, long withholdingWon, long payableWon, Instant paidAt) {
    }

    @Inject
    org.ridercoop.payouts.control.Surplus surplus;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;

    @GET
    @Path("bank-account")
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.OPERATOR})
    @Operation(summary = "Where the member's payouts are transferred (the member's own, or the board's view); 404 when none is on file")
    public Payouts.BankAccount bankAccount(@PathParam("memberId") long memberId) {
        Membership member = access.visible(memberId);
        return payouts.bankAccount(member.id()).orElseThrow(() -> ProblemException.notFound("A bank account"));
    }

    @PUT
    @Path("bank-account")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Set where the member's payouts are transferred: the member themself, or the board")
    public Payouts.BankAccount setBankAccount(@PathParam("memberId") long memberId,
                                              @NotNull(message = "a JSON body is required") @Valid PayoutCommands.BankAccount command) {
        Membership member = access.changeable(memberId);
        Payouts.BankAccount account = new Payouts.BankAccount(command.bank().strip(), command.accountNumber(), command.holder().strip(), null);
        payouts.save(tenant.coopId(), member.id(), account, caller.displayName());
        // the trail keeps that it changed and the bank, not the number
        audit.record(tenant.coopId(), "payout.bank-account-set", "membership", member.id(), null, java.util.Map.of("bank", account.bank()));
        return payouts.bankAccount(member.id()).orElseThrow();
    }

    @GET
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "The member's statements of posted runs, latest period first (a member sees their own only)")
    public List<Statement> statements(@PathParam("memberId") long memberId) {
        Membership member = access.visible(memberId);
        return payouts.memberLines(tenant.coopId(), member.id()).stream().map(r -> {
            long runId = ((Number) r[0]).longValue();
            Payouts.Run run = payouts.run(tenant.coopId(), runId, false);
            return new Statement(runId, run.pool(), run.periodStart(), run.periodEnd(), run.state(), run.formula(), run.grossWon(), run.operatingWon(),
                    run.deductionsWon(), run.netWon(), payouts.items(runId), ((Number) r[5]).longValue(), ((Number) r[6]).longValue(),
                    ((Number) r[7]).longValue(), ((Number) r[8]).longValue() / 10_000.0, ((Number) r[9]).longValue(), run.withholdingBp(), ((Number) r[10]).longValue(),
                    ((Number) r[11]).longValue(), r[12] == null ? null : ((java.sql.Timestamp) r[12]).toInstant());
        }).toList();
    }

    /** A member's dividends of one adopted year, with the year's dividend pools. */
    public record DividendStatement(long proposalId, int fiscalYear, LocalDate yearStart, LocalDate yearEnd, String formula,
                                    long patronageDividendWon, long capitalDividendWon, long sharePriceWon,
                                    org.ridercoop.payouts.control.Surplus.Dividend dividend) {
    }

    @GET
    @Path("dividends")
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "The member's year-end dividends (patronage and capital), latest year first; what was reinvested and paid")
    public List<DividendStatement> dividends(@PathParam("memberId") long memberId) {
        Membership member = access.visible(memberId);
        return surplus.dividendsOf(tenant.coopId(), member.id()).stream().map(e -> new DividendStatement(e.getKey().id(), e.getKey().fiscalYear(),
                e.getKey().yearStart(), e.getKey().yearEnd(), e.getKey().formula(), e.getKey().patronageDividendWon(), e.getKey().capitalDividendWon(),
                surplus.year(tenant.coopId(), e.getKey().fiscalYear()).sharePriceWon(), e.getValue())).toList();
    }
}
