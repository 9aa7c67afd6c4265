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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.membership.control.Memberships;
import org.ridercoop.platform.idempotency.Idempotent;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.time.KoreanCalendar;

/**
 * A member's share capital (출자금): more shares subscribed, and payments towards them in whole won, in
 * instalments if need be. Capital is its own ledger: nothing here reads or writes dues (§22④).
 */
@Path("coops/{coopId}/members/{memberId}/capital")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "membership")
@CoopAccess({Relation.BOARD, Relation.OPERATOR})
public class CapitalResource {
    @Inject
    Memberships memberships;
    @Inject
    MemberChanges changes;
    @Inject
    Caller caller;

    @POST
    @Path("subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @Operation(summary = "Subscribe more shares; no member may hold more than 30% of all shares (§22)")
    @APIResponse(responseCode = "200", description = "The member with the new shares",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "422", description = "Over the 30% cap, or not a current member", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public MemberView subscribe(@PathParam("memberId") long memberId,
                                @NotNull(message = "a JSON body is required") @Valid MembershipCommands.Subscription command) {
        return changes.apply(memberId, "capital.subscribed", (cooperative, member) -> {
            memberships.record(member.subscribe(command.shares(), cooperative.sharePrice(), KoreanCalendar.today(), caller.displayName()));
            memberships.requireWithinCap(cooperative.id(), member);
        });
    }

    @POST
    @Path("payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Idempotent
    @Operation(summary = "Record a payment of share capital (whole won; instalments allowed, never more than subscribed)")
    @APIResponse(responseCode = "200", description = "The member with the new paid-in capital",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", description = "Not a whole, positive number of won, or a day in the future", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "More than the subscription", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public MemberView pay(@PathParam("memberId") long memberId, @NotNull(message = "a JSON body is required") @Valid MembershipCommands.Payment command) {
        MembersResource.requirePast("paidOn", command.paidOn(), KoreanCalendar.today());
        return changes.apply(memberId, "capital.paid", (cooperative, member) -> memberships.record(
                member.pay(command.amountWon(), cooperative.sharePrice(), command.paidOn(), caller.displayName(), command.note())));
    }
}
