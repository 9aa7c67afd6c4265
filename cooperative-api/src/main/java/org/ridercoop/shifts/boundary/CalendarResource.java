package org.ridercoop.shifts.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.shifts.control.CalendarFeeds;
import org.ridercoop.shifts.entity.ICalendar;

/** A rider's shifts as an iCalendar feed at a secret URL, for the phone's calendar app (which cannot sign in). */
@Path("calendar")
@RequestScoped
@Tag(name = "shifts")
public class CalendarResource {
    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    @Inject
    CalendarFeeds feeds;

    @GET
    @Path("{secret}.ics")
    @PermitAll
    @Produces(MEDIA_TYPE)
    @Operation(summary = "The feed (no sign-in: the URL is the secret); 404 once revoked")
    public Response feed(@PathParam("secret") String secret) {
        CalendarFeeds.Owner owner = feeds.owner(secret).orElseThrow(() -> ProblemException.notFound("The calendar"));
        String body = ICalendar.of("Ridercoop 근무 · " + owner.name(), "ridercoop", feeds.events(owner.membershipId()), Instant.now());
        return Response.ok(body, MEDIA_TYPE).header("Cache-Control", "private, max-age=300").build();
    }
}
