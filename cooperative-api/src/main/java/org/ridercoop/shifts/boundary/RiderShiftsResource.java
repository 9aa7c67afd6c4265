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
import org.ridercoop.membership.boundary.MemberAccess;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.shifts.control.CalendarFeeds;
import org.ridercoop.shifts.control.Shifts;
import org.ridercoop.shifts.entity.Interval;
import org.ridercoop.shifts.entity.ShiftRules;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A rider's hours in a week against the limits, and their calendar feed. */
@Path("coops/{coopId}/members/{memberId}/shifts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "shifts")
public class RiderShiftsResource {
    @Inject
    Shifts shifts;
    @Inject
    CalendarFeeds feeds;
    @Inject
    MemberAccess access;
    @Inject
    AuditTrail audit;
    @Inject
    Tenant tenant;
    /** Where phones reach the API (calendar apps subscribe to the feed there); by default the web app's address + /api. */
    @Inject
    @ConfigProperty(name = "coop.api.public-url")
    java.util.Optional<String> apiPublicUrl;
    @Inject
    @ConfigProperty(name = "coop.web.url", defaultValue = "http://localhost:8080")
    String webUrl;

    @GET
    @Path("hours")
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "Minutes the member holds in the week (from Monday, Korean days) and each day, against the limits")
    public ShiftViews.HoursView hours(@PathParam("memberId") long memberId, @QueryParam("weekOf") String weekOf) {
        Membership member = access.visible(memberId);
        LocalDate monday = ShiftsResource.day(weekOf, "weekOf", org.ridercoop.platform.time.KoreanCalendar.today())
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        ShiftRules rules = shifts.rules(tenant.coopId());
        List<Interval> held = shifts.held(member.id(), Shifts.startOf(monday), Shifts.startOf(monday.plusDays(7)));
        List<ShiftViews.DayView> days = new java.util.ArrayList<>();
        for (int d = 0; d < 7; d++) {
            LocalDate day = monday.plusDays(d);
            days.add(new ShiftViews.DayView(day, held.stream().filter(i -> i.day().equals(day)).mapToLong(Interval::minutes).sum(), rules.maxMinutesPerDay()));
        }
        return new ShiftViews.HoursView(monday, held.stream().mapToLong(Interval::minutes).sum(), rules.maxMinutesPerWeek(), days);
    }

    @POST
    @Path("calendar-feed")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.MEMBER})
    @Transactional
    @Operation(summary = "A new secret calendar URL of one's shifts (the previous one stops working)")
    public Response feed(@PathParam("memberId") long memberId) {
        Membership member = own(memberId);
        String secret = feeds.renew(tenant.coopId(), member.id());
        audit.record(tenant.coopId(), "shift.feed-renewed", "membership", member.id(), null, Map.of("feed", "renewed"));
        return Response.status(Response.Status.CREATED).entity(new ShiftViews.FeedView(apiPublicUrl.orElse(webUrl + "/api") + "/calendar/" + secret + ".ics")).build();
    }

    @jakarta.ws.rs.DELETE
    @Path("calendar-feed")
    @CoopAccess({Relation.MEMBER})
    @Transactional
    @Operation(summary = "Revoke one's calendar URL")
    public Response revoke(@PathParam("memberId") long memberId) {
        Membership member = own(memberId);
        if (!feeds.revoke(member.id())) {
            throw ProblemException.notFound("A calendar feed");
        }
        audit.record(tenant.coopId(), "shift.feed-revoked", "membership", member.id(), null, Map.of("feed", "revoked"));
        return Response.noContent().build();
    }

    private Membership own(long memberId) {
        Membership member = access.visible(memberId);
        if (!access.own(member)) {
            throw ProblemException.forbidden("A calendar feed is the rider's own.");
        }
        return member;
    }
}
