package org.ridercoop.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.membership.control.Memberships;
import org.ridercoop.membership.entity.ExpulsionCase;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;

/** The cooperative's expulsion cases in one state (pending by default): what the next general assembly may decide. */
@Path("coops/{coopId}/expulsion-cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "membership")
public class PendingExpulsionsResource {
    @Inject
    Memberships memberships;
    @Inject
    Tenant tenant;

    /** A case with the member it concerns. */
    @Schema(name = "CooperativeExpulsionCase")
    public record CaseLine(long membershipId, Integer memberNumber, String name, MemberDetail.ExpulsionCaseView expulsionCase) {
    }

    @GET
    @CoopAccess({Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "Expulsion cases of the cooperative in a state (PENDING by default), the soonest assembly first")
    @APIResponse(responseCode = "200", description = "Cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CaseLine.class)))
    @APIResponse(responseCode = "400", description = "Unknown state", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<CaseLine> list(@QueryParam("state") String state) {
        ExpulsionCase.State wanted;
        try {
            wanted = state == null || state.isBlank() ? ExpulsionCase.State.PENDING : ExpulsionCase.State.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("state", "one of PENDING, EXPELLED, REJECTED, DROPPED");
        }
        long coopId = tenant.coopId();
        return memberships.expulsionCases(coopId, wanted).stream().map(c -> {
            Membership member = memberships.of(coopId, c.membershipId());
            return new CaseLine(member.id(), member.memberNumber(), member.name(), MemberDetail.ExpulsionCaseView.of(c));
        }).toList();
    }
}
