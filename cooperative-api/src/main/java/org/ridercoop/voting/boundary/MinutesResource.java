package org.ridercoop.voting.boundary;

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
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.platform.tenancy.CurrentMember;
import org.ridercoop.platform.audit.AuditTrail;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;
import org.ridercoop.voting.control.Meetings;
import org.ridercoop.voting.entity.Meeting;
import org.ridercoop.voting.entity.Minutes;

/**
 * The minutes of a meeting (§30): attendance and results as counted, the proceedings as the board drafts them,
 * signed by the chair and at least three members elected at the meeting. Members may inspect them (§49).
 */
@Path("coops/{coopId}/meetings/{meetingId}/minutes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "voting")
public class MinutesResource {
    @Inject
    Meetings meetings;
    @Inject
    Results results;
    @Inject
    CurrentMember voter;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;
    @Inject
    Tenant tenant;

    @GET
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "The minutes: attendance, results, proceedings, signatures", description = "Available once voting closed (409 before).")
    @APIResponse(responseCode = "200", description = "The minutes (signatories empty until drafted)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VotingViews.MinutesView.class)))
    @APIResponse(responseCode = "409", description = "Voting has not closed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public VotingViews.MinutesView get(@PathParam("meetingId") long meetingId) {
        Meeting meeting = closed(meetingId);
        return view(meeting, meetings.minutes(meeting.id(), false));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Draft the minutes: the chair, the members elected to sign (at least 3), the proceedings",
            description = "Replaces a draft until someone signed.")
    @APIResponse(responseCode = "200", description = "Drafted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VotingViews.MinutesView.class)))
    @APIResponse(responseCode = "409", description = "Voting has not closed, or the minutes are already signed",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Fewer than 3 member signatories, the chair among them, a signatory not on the roll, "
            + "or a chair who is not a member", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public VotingViews.MinutesView draft(@PathParam("meetingId") long meetingId,
                                         @NotNull(message = "a JSON body is required") @Valid VotingCommands.DraftMinutes command) {
        Meeting meeting = closed(meetingId);
        Object[] chair = meetings.names(tenant.coopId(), List.of(command.chairMembershipId())).get(command.chairMembershipId());
        if (chair == null || !List.of("ACTIVE", "WITHDRAWING").contains((String) chair[2])) {
            throw ProblemException.ruleViolated("chair-not-member", "The meeting's chair is a member of the cooperative.");
        }
        for (Long id : command.signatoryMembershipIds()) {
            if (!meetings.onRoll(meeting.id(), id)) {
                throw ProblemException.ruleViolated("signatory-not-on-roll",
                        "Member " + id + " is not on this meeting's roll: the signatories are members elected at the meeting (§30).");
            }
        }
        Optional<Minutes> existing = meetings.minutes(meeting.id(), true);
        VotingViews.MinutesView before = existing.map(m -> view(meeting, existing)).orElse(null);
        Minutes minutes = existing.orElseGet(() -> meetings.add(new Minutes(meeting.id(), meeting.coopId())));
        minutes.draft(command.chairMembershipId(), command.signatoryMembershipIds(), command.proceedings(), caller.displayName(), Instant.now());
        meetings.flush();
        VotingViews.MinutesView after = view(meeting, Optional.of(minutes));
        audit.record(tenant.coopId(), "meeting.minutes-drafted", "meeting", meeting.id(), before == null ? null : signatures(before),
                signatures(after));
        return after;
    }

    @POST
    @Path("signatures")
    @CoopAccess(Relation.MEMBER)
    @Transactional
    @Operation(summary = "Sign the minutes, as one of their signatories")
    @APIResponse(responseCode = "200", description = "Signed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VotingViews.MinutesView.class)))
    @APIResponse(responseCode = "403", description = "Not a signatory", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Not drafted yet, or already signed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public VotingViews.MinutesView sign(@PathParam("meetingId") long meetingId) {
        Meeting meeting = closed(meetingId);
        long me = voter.membershipId().orElseThrow(() -> ProblemException.forbidden("You are not a signatory of these minutes."));
        Minutes minutes = meetings.minutes(meeting.id(), true)
                .orElseThrow(() -> ProblemException.conflict("minutes-not-drafted", "The board has not drafted these minutes yet."));
        minutes.sign(me, Instant.now());
        meetings.flush();
        VotingViews.MinutesView after = view(meeting, Optional.of(minutes));
        audit.record(tenant.coopId(), "meeting.minutes-signed", "meeting", meeting.id(), null, Map.of("membershipId", me));
        return after;
    }

    private Meeting closed(long meetingId) {
        Meeting meeting = meetings.meeting(tenant.coopId(), meetingId);
        meeting.requireClosed(Instant.now());
        return meeting;
    }

    private static Map<String, Object> signatures(VotingViews.MinutesView view) {
        return Map.of("signatories", view.signatories(), "proceedings", String.valueOf(view.proceedings()));
    }

    private VotingViews.MinutesView view(Meeting meeting, Optional<Minutes> minutes) {
        long[] attendance = meetings.attendance(meeting.id());
        List<Minutes.Signatory> signatories = minutes.map(Minutes::signatories).orElse(List.of());
        Map<Long, Object[]> names = meetings.names(meeting.coopId(), signatories.stream().map(Minutes.Signatory::membershipId).toList());
        List<VotingViews.SignatoryView> signed = new ArrayList<>();
        for (Minutes.Signatory s : signatories) {
            Object[] name = names.get(s.membershipId());
            signed.add(new VotingViews.SignatoryView(s.membershipId(), (Integer) name[1], (String) name[0], s.role().name(), s.signedAt()));
        }
        Optional<Long> me = voter.membershipId();
        return new VotingViews.MinutesView(meeting.id(), meeting.kind(), meeting.title(), meeting.startsAt(), meeting.place(),
                meeting.recordDate(), meeting.noticedAt(), meeting.votingOpensAt(), meeting.votingClosesAt(), meetings.rollSize(meeting.id()),
                attendance[0], attendance[1], results.of(meeting), minutes.map(Minutes::proceedings).orElse(null),
                minutes.map(Minutes::draftedBy).orElse(null), minutes.map(Minutes::draftedAt).orElse(null), signed,
                minutes.map(Minutes::complete).orElse(false), me.isPresent() && minutes.map(m -> m.maySign(me.get())).orElse(false));
    }
}
