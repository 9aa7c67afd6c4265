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
import org.ridercoop.shifts.control.SignupWindows;
import org.ridercoop.shifts.entity.Allocation;

/** Sign-up windows for a week's shifts: requests in order of preference, then a fair allocation that says why. */
@Path("coops/{coopId}/signup-windows")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "shifts")
public class SignupWindowsResource {
    @Inject
    SignupWindows windows;
    @Inject
    ShiftAccess access;
    @Inject
    Caller caller;
    @Inject
    Tenant tenant;

    /** A window; the caller's requests with their outcome and why; the allocation rule in both languages. */
    public record WindowView(long id, LocalDate weekOf, Instant closesAt, String state, int requests, int riders, String seed, String rule,
                             String ruleKo, List<SignupWindows.Request> myRequests) {
    }

    @GET
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "The sign-up windows, latest week first")
    public List<WindowView> list() {
        return windows.all(tenant.coopId()).stream().map(w -> view(w, false)).toList();
    }

    @GET
    @Path("{windowId}")
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "A window with the caller's requests and, once allocated, what came of each and why")
    public WindowView get(@PathParam("windowId") long windowId) {
        return view(windows.window(tenant.coopId(), windowId), true);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Open a sign-up window for a week (a Monday) until a time before it begins")
    public Response open(@NotNull(message = "a JSON body is required") @Valid ShiftCommands.NewWindow command) {
        SignupWindows.Window window = windows.open(tenant.coopId(), command.weekOf(), command.closesAt(), caller.displayName());
        return Response.status(Response.Status.CREATED).entity(view(window, false)).build();
    }

    @PUT
    @Path("{windowId}/requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.MEMBER})
    @Transactional
    @Operation(summary = "The caller's requests, best first (replacing earlier ones), while the window is open")
    public WindowView request(@PathParam("windowId") long windowId, @NotNull(message = "a JSON body is required") @Valid ShiftCommands.Requests command) {
        windows.request(tenant.coopId(), windowId, access.self(), command.shiftIds());
        return get(windowId);
    }

    @POST
    @Path("{windowId}/allocate")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Allocate the requests now (the scheduler does it when the window closes); the riders are told")
    public WindowView allocate(@PathParam("windowId") long windowId) {
        windows.allocate(tenant.coopId(), windowId, caller.displayName());
        return get(windowId);
    }

    private WindowView view(SignupWindows.Window w, boolean mine) {
        Long self = access.selfOrNull();
        return new WindowView(w.id(), w.weekOf(), w.closesAt(), w.state(), w.requests(), w.riders(), w.seed(), Allocation.RULE_EN, Allocation.RULE_KO,
                mine && self != null ? windows.requests(w.id(), self) : List.of());
    }
}
