package org.ridercoop.consulting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.consulting.control.ConsultantGrants;
import org.ridercoop.consulting.entity.ConsultantGrant;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;

/** The board grants consultants read access to its cooperative, and revokes it. */
@Path("coops/{coopId}/consultants")
@RequestScoped
@Tag(name = "consulting", description = "Consultants of the support centre")
public class ConsultantGrantsResource {

    @Inject
    ConsultantGrants grants;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Tenant tenant;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_AUTHENTICATED)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @SecurityRequirement(name = Roles.SCHEME)
    @Operation(summary = "The consultants' grants of this cooperative, newest first, in force and revoked")
    @APIResponse(responseCode = "200", description = "Grants",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = GrantView.class)))
    public List<GrantView> list() {
        return grants.of(tenant.coopId()).stream().map(GrantView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_AUTHENTICATED)
    @CoopAccess(Relation.BOARD)
    @SecurityRequirement(name = Roles.SCHEME)
    @Transactional
    @Operation(summary = "Grant a consultant read access to this cooperative")
    @APIResponse(responseCode = "201", description = "Granted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrantView.class)))
    @APIResponse(responseCode = "409", description = "A grant to this consultant is already in force", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response grant(@NotNull(message = "a JSON body is required") @Valid GrantConsultant command, @Context UriInfo uri) {
        long coopId = tenant.coopId();
        String email = command.email().strip().toLowerCase(java.util.Locale.ROOT);
        if (grants.inForce(coopId, email).isPresent()) {
            throw ProblemException.conflict("grant-in-force", email + " already has access to this cooperative.");
        }
        ConsultantGrant grant = grants.add(new ConsultantGrant(coopId, email, command.name(), Instant.now(), caller.subject()));
        audit.record(coopId, "consultant.granted", "consultant_grant", grant.id(), null, GrantView.of(grant));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(grant.id())).build())
                .entity(GrantView.of(grant)).build();
    }

    @DELETE
    @Path("{grantId}")
    @RolesAllowed(Roles.ANY_AUTHENTICATED)
    @CoopAccess(Relation.BOARD)
    @SecurityRequirement(name = Roles.SCHEME)
    @Transactional
    @Operation(summary = "Revoke a consultant's access; the grant stays in the history")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such grant in this cooperative", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Already revoked", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response revoke(@PathParam("grantId") long grantId) {
        long coopId = tenant.coopId();
        ConsultantGrant grant = grants.byId(coopId, grantId).orElseThrow(() -> ProblemException.notFound("Grant " + grantId));
        if (!grant.inForce()) {
            throw ProblemException.conflict("grant-revoked", "This grant was already revoked.");
        }
        GrantView before = GrantView.of(grant);
        grant.revoke(Instant.now(), caller.subject());
        grants.flush();
        audit.record(coopId, "consultant.revoked", "consultant_grant", grant.id(), before, GrantView.of(grant));
        return Response.noContent().build();
    }
}
