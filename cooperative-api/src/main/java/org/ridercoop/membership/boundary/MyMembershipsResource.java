package org.ridercoop.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import org.ridercoop.membership.entity.Cooperative;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.Relations;

/** The caller's own memberships in every cooperative and every status: applications, current and past. */
@Path("me/memberships")
@RequestScoped
@Tag(name = "membership")
public class MyMembershipsResource {
    @Inject
    Relations relations;
    @Inject
    Memberships memberships;
    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_AUTHENTICATED)
    @SecurityRequirement(name = Roles.SCHEME)
    @Operation(summary = "My memberships, with their history")
    @APIResponse(responseCode = "200", description = "Memberships",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MyMembership.class)))
    public List<MyMembership> mine() {
        return relations.membershipsOf(caller.subject(), caller.verifiedEmail().orElse(null)).stream().map(ref -> {
            Membership member = memberships.of(ref.coopId(), ref.id());
            Cooperative cooperative = memberships.cooperative(ref.coopId());
            return new MyMembership(DirectoryEntry.of(cooperative), MemberView.of(member, cooperative.sharePrice()),
                    memberships.history(member.id()).stream().map(MemberDetail.StatusChangeView::of).toList(), member.refusalReason());
        }).toList();
    }
}
