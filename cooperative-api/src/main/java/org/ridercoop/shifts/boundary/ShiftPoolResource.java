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

/** The pool: places riders have offered, urgent calls for cover first. */
@Path("coops/{coopId}/shift-pool")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "shifts")
public class ShiftPoolResource {
    @Inject
    Shifts shifts;
    @Inject
    Tenant tenant;

    @GET
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "Offered places of shifts that have not begun: urgent first, then by start")
    public List<ShiftViews.PoolView> pool() {
        return shifts.pool(tenant.coopId(), Instant.now()).stream().map(p -> new ShiftViews.PoolView(p.shiftId(), p.zone(), p.startsAt(), p.endsAt(),
                java.time.Duration.between(p.startsAt(), p.endsAt()).toMinutes(), p.placeNo(), p.membershipId(), p.name(), p.urgent(), p.reason(),
                p.offeredAt())).toList();
    }
}
