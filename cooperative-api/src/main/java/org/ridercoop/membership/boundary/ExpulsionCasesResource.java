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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.membership.control.Memberships;
import org.ridercoop.membership.entity.ExpulsionCase;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;
import org.ridercoop.platform.time.KoreanCalendar;

/**
 * Expulsion cases (§25). The board opens one on a ground of the articles, with the day the member was told and the
 * day of the general assembly (at least ten days later). Only the assembly's special resolution expels; until
 * then the case is pending, and the board may drop it.
 */
@Path("coops/{coopId}/members/{memberId}/expulsion-cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "membership")
@CoopAccess({Relation.BOARD, Relation.OPERATOR})
public class ExpulsionCasesResource {
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
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Open an expulsion case; it stays pending until the general assembly decides")
    @APIResponse(responseCode = "201", description = "Pending case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberDetail.ExpulsionCaseView.class)))
    @APIResponse(responseCode = "409", description = "A case is already pending", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Notice less than 10 days before the assembly, or not a current member",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response open(@PathParam("memberId") long memberId, @NotNull(message = "a JSON body is required") @Valid MembershipCommands.OpenExpulsion command) {
        memberships.lock(tenant.coopId());
        Membership member = access.changeable(memberId);
        if (memberships.expulsionCases(member.id()).stream().anyMatch(c -> c.state() == ExpulsionCase.State.PENDING)) {
            throw ProblemException.conflict("case-pending", "An expulsion case of this member is already pending.");
        }
        if (command.noticeGivenOn().isAfter(KoreanCalendar.today())) {
            throw ProblemException.invalidField("noticeGivenOn", "is the day the member was told: today or earlier");
        }
        ExpulsionCase opened = memberships.open(new ExpulsionCase(member, command.ground(), command.details(), command.noticeGivenOn(),
                command.assemblyOn(), caller.displayName()));
        MemberDetail.ExpulsionCaseView view = MemberDetail.ExpulsionCaseView.of(opened);
        audit.record(tenant.coopId(), "expulsion.opened", "expulsion_case", opened.id(), null, view);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @POST
    @Path("{caseId}/drop")
    @Transactional
    @Operation(summary = "Drop a pending case")
    @APIResponse(responseCode = "200", description = "Dropped",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberDetail.ExpulsionCaseView.class)))
    @APIResponse(responseCode = "409", description = "Already decided", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public MemberDetail.ExpulsionCaseView drop(@PathParam("memberId") long memberId, @PathParam("caseId") long caseId) {
        Membership member = access.changeable(memberId);
        ExpulsionCase found = memberships.expulsionCase(member, caseId);
        MemberDetail.ExpulsionCaseView before = MemberDetail.ExpulsionCaseView.of(found);
        found.drop(KoreanCalendar.today());
        memberships.flush();
        MemberDetail.ExpulsionCaseView after = MemberDetail.ExpulsionCaseView.of(found);
        audit.record(tenant.coopId(), "expulsion.dropped", "expulsion_case", found.id(), before, after);
        return after;
    }
}
