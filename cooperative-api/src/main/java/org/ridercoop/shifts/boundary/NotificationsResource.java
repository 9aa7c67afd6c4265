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
import org.ridercoop.shifts.control.RiderNotifications;

/** What the caller was told about their shifts. */
@Path("coops/{coopId}/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "shifts")
public class NotificationsResource {
    @Inject
    RiderNotifications notifications;
    @Inject
    ShiftAccess access;

    @GET
    @CoopAccess({Relation.MEMBER})
    @Operation(summary = "The caller's latest 50 notifications, newest first")
    public List<RiderNotifications.Notification> list() {
        return notifications.of(access.self());
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.MEMBER})
    @Transactional
    @Operation(summary = "Mark them all read")
    public Marked read() {
        return new Marked(notifications.markRead(access.self()));
    }

    /** How many were marked read. */
    public record Marked(int marked) {
    }
}
