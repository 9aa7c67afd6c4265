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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.dues.control.Dues;
import org.ridercoop.dues.entity.DuesAccount;
import org.ridercoop.dues.entity.DuesAssignment;
import org.ridercoop.dues.entity.DuesPlan;
import org.ridercoop.membership.boundary.MemberAccess;
import org.ridercoop.membership.control.Memberships;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.idempotency.Idempotent;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;
import org.ridercoop.platform.time.KoreanCalendar;

/** One member's dues: the account (charges, payments, balance, aging), recording a payment, the member's plan. */
@Path("coops/{coopId}/members/{memberId}/dues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "dues")
public class MemberDuesResource {
    /** How far back a payment may be dated. */
    static final int MAX_YEARS_BACK = 5;

    @Inject
    Dues dues;
    @Inject
    Memberships memberships;
    @Inject
    MemberAccess access;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Tenant tenant;

    @GET
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "The member's dues: month by month, payments, balance (negative: credit), aging; a member sees their own only")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DuesViews.AccountView.class)))
    public DuesViews.AccountView account(@PathParam("memberId") long memberId) {
        return view(access.visible(memberId));
    }

    @POST
    @Path("payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Idempotent
    @Operation(summary = "Record a payment of dues (whole won); more than owed is a credit towards later months",
            description = "Dues and share capital are kept apart: a payment here never touches capital (§22④).")
    @APIResponse(responseCode = "200", description = "The account with the payment (a replay with the same Idempotency-Key: the same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DuesViews.AccountView.class)))
    @APIResponse(responseCode = "400", description = "Not a whole, positive number of won; a day in the future", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DuesViews.AccountView pay(@PathParam("memberId") long memberId, @NotNull(message = "a JSON body is required") @Valid DuesCommands.Payment command) {
        LocalDate today = KoreanCalendar.today();
        if (command.paidOn().isAfter(today) || command.paidOn().isBefore(today.minusYears(MAX_YEARS_BACK))) {
            throw ProblemException.invalidField("paidOn", "is a day between " + today.minusYears(MAX_YEARS_BACK) + " and today");
        }
        // the cooperative's row first, as every change of its members does: concurrent payments queue, never deadlock
        dues.lockCooperative(tenant.coopId());
        Membership member = access.visible(memberId);
        long id = dues.pay(tenant.coopId(), member.id(), command.amountWon(), command.paidOn(), command.method(),
                command.reference() == null || command.reference().isBlank() ? null : command.reference().strip(), caller.displayName());
        audit.record(tenant.coopId(), "dues.paid", "membership", member.id(), null,
                Map.of("paymentId", id, "amountWon", command.amountWon(), "paidOn", command.paidOn().toString(), "method", command.method()));
        return view(member);
    }

    @PUT
    @Path("plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Put the member on a plan from a day on (no planId: back to the standard plan)")
    @APIResponse(responseCode = "200", description = "The account with the plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DuesViews.AccountView.class)))
    @APIResponse(responseCode = "422", description = "The plan is not in force that day", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DuesViews.AccountView assign(@PathParam("memberId") long memberId,
                                        @NotNull(message = "a JSON body is required") @Valid DuesCommands.AssignPlan command) {
        long coopId = tenant.coopId();
        dues.lockCooperative(coopId);
        Membership member = access.visible(memberId);
        DuesPlan plan = command.planId() == null ? null : dues.plan(coopId, command.planId(), false);
        if (plan != null && !plan.inForce(command.startsOn())) {
            throw ProblemException.ruleViolated("plan-not-in-force", "The plan \"" + plan.name() + "\" is not in force on " + command.startsOn() + ".");
        }
        DuesViews.PlanView before = planToday(member);
        for (DuesAssignment open : dues.assignments(member.id())) {
            if (open.openOn(command.startsOn())) {
                if (!open.startsOn().isBefore(command.startsOn())) {
                    throw ProblemException.conflict("plan-change-exists", "The member's plan already changes on " + open.startsOn() + ".");
                }
                open.endOn(command.startsOn().minusDays(1));
            }
        }
        if (plan != null) {
            dues.add(new DuesAssignment(coopId, member.id(), plan.id(), command.startsOn(), caller.displayName(), Instant.now()));
        }
        dues.flush();
        audit.record(coopId, "dues.plan-assigned", "membership", member.id(), before,
                Map.of("planId", plan == null ? "standard" : plan.id(), "startsOn", command.startsOn().toString()));
        return view(member);
    }

    private DuesViews.PlanView planToday(Membership member) {
        return dues.planOf(tenant.coopId(), member.id(), KoreanCalendar.today()).map(DuesViews.PlanView::of).orElse(null);
    }

    private DuesViews.AccountView view(Membership member) {
        LocalDate today = KoreanCalendar.today();
        DuesAccount account = DuesAccount.of(dues.charges(member.id()), dues.paidTotal(member.id()), today);
        int flagAt = memberships.cooperative(tenant.coopId()).articles().unpaidMonthsForExpulsion();
        Map<java.time.YearMonth, Object[]> bases = dues.bases(member.id());
        return new DuesViews.AccountView(member.id(), member.memberNumber(), member.name(), planToday(member), account.charged(), account.paid(),
                account.balance(), account.credit(), account.aging(), account.monthsInArrears(), account.monthsInArrears() >= flagAt,
                account.months().reversed().stream().map(m -> {
                    Object[] basis = bases.getOrDefault(m.month(), new Object[] {DuesPlan.Kind.FLAT_MONTHLY, null});
                    return new DuesViews.MonthView(m.month(), m.charged(), m.covered(), m.unpaid(), (DuesPlan.Kind) basis[0], (Long) basis[1]);
                }).toList(),
                dues.payments(member.id()));
    }
}
