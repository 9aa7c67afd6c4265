package org.ridercoop.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.membership.control.Memberships;
import org.ridercoop.membership.entity.CapitalRefund;
import org.ridercoop.membership.entity.Cooperative;
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

/** A leaver's capital refund (§26-27): valued after the fiscal year, withheld while they owe money, paid, or time-barred. */
@Path("coops/{coopId}/members/{memberId}/refund")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "membership")
@CoopAccess({Relation.BOARD, Relation.OPERATOR})
public class RefundResource {
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

    @POST
    @Path("valuation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Value the refund once the fiscal year in which the member left has ended (a social cooperative: at most the paid-in capital)")
    @APIResponse(responseCode = "200", description = "The refund",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberDetail.RefundView.class)))
    @APIResponse(responseCode = "422", description = "Fiscal year not ended, over the paid-in capital of a social cooperative, paid or time-barred",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public MemberDetail.RefundView value(@PathParam("memberId") long memberId,
                                         @NotNull(message = "a JSON body is required") @Valid MembershipCommands.Valuation command) {
        return change(memberId, "refund.valued", (refund, cooperative, today) -> refund.value(command.amountWon(), cooperative.kind(), today));
    }

    @POST
    @Path("withholding")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Withhold the refund while the leaver owes the cooperative money (§27), or release it")
    @APIResponse(responseCode = "200", description = "The refund",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberDetail.RefundView.class)))
    public MemberDetail.RefundView withhold(@PathParam("memberId") long memberId,
                                            @NotNull(message = "a JSON body is required") @Valid MembershipCommands.Withholding command) {
        if (command.withheld() && (command.reason() == null || command.reason().isBlank())) {
            throw ProblemException.invalidField("reason", "is required to withhold a refund: what the leaver owes");
        }
        return change(memberId, "refund.withholding", (refund, cooperative, today) -> refund.withhold(command.withheld(), command.reason(), today));
    }

    @POST
    @Path("payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @Operation(summary = "Record the refund as paid: only when payable (valued, not withheld, within the two years)")
    @APIResponse(responseCode = "200", description = "The refund",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberDetail.RefundView.class)))
    @APIResponse(responseCode = "422", description = "Not payable, or time-barred", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public MemberDetail.RefundView pay(@PathParam("memberId") long memberId,
                                       @NotNull(message = "a JSON body is required") @Valid MembershipCommands.RefundPayment command) {
        Membership member = access.changeable(memberId);
        return change(memberId, "refund.paid", (refund, cooperative, today) ->
                memberships.record(refund.pay(member, command.paidOn(), today, caller.displayName())));
    }

    private interface RefundChange {
        void apply(CapitalRefund refund, Cooperative cooperative, LocalDate today);
    }

    private MemberDetail.RefundView change(long memberId, String action, RefundChange change) {
        Cooperative cooperative = memberships.lock(tenant.coopId());
        Membership member = access.changeable(memberId);
        CapitalRefund refund = memberships.refund(member.id())
                .orElseThrow(() -> ProblemException.notFound("A refund of member " + memberId + " (they have not left)"));
        LocalDate today = KoreanCalendar.today();
        MemberDetail.RefundView before = MemberDetail.RefundView.of(refund, today);
        change.apply(refund, cooperative, today);
        memberships.flush();
        MemberDetail.RefundView after = MemberDetail.RefundView.of(refund, today);
        audit.record(tenant.coopId(), action, "capital_refund", member.id(), before, after);
        return after;
    }
}
