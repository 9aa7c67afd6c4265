package org.ridercoop.shifts.boundary;

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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;
import org.ridercoop.shifts.control.Shifts;
import org.ridercoop.shifts.entity.Zone;

/** The zones of the city the cooperative works in. */
@Path("coops/{coopId}/zones")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "shifts")
public class ZonesResource {
    @Inject
    Shifts shifts;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Tenant tenant;

    @GET
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "The zones, by name")
    public List<ShiftViews.ZoneView> zones() {
        return shifts.zones(tenant.coopId()).stream().map(ShiftViews.ZoneView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Add a zone (409 if the name exists)")
    public Response addZone(@NotNull(message = "a JSON body is required") @Valid ShiftCommands.NewZone command) {
        Zone zone = shifts.add(new Zone(tenant.coopId(), command.name(), Instant.now()));
        audit.record(tenant.coopId(), "shift.zone-added", "zone", zone.id(), null, ShiftViews.ZoneView.of(zone));
        return Response.status(Response.Status.CREATED).entity(ShiftViews.ZoneView.of(zone)).build();
    }
}
