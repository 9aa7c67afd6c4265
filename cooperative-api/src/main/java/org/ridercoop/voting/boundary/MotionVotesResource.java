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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ridercoop.platform.tenancy.CurrentMember;
import org.ridercoop.platform.problem.Problem;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.ratelimit.RateLimited;
import org.ridercoop.platform.security.Caller;
import org.ridercoop.platform.security.Roles;
import org.ridercoop.platform.tenancy.CoopAccess;
import org.ridercoop.platform.tenancy.Relation;
import org.ridercoop.platform.tenancy.Tenant;
import org.ridercoop.voting.control.Ballots;
import org.ridercoop.voting.control.Meetings;
import org.ridercoop.voting.entity.Candidate;
import org.ridercoop.voting.entity.Choice;
import org.ridercoop.voting.entity.ElectionCount;
import org.ridercoop.voting.entity.Meeting;
import org.ridercoop.voting.entity.Motion;

/**
 * Votes on one motion: a member's own online vote (with a receipt), a room vote the board enters for a member,
 * and after the close the published, hash-chained ballot list. Each member votes once per motion, whichever way;
 * the database's key on (motion, member) stands behind it.
 */
@Path("coops/{coopId}/meetings/{meetingId}/motions/{motionId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
@SecurityRequirement(name = Roles.SCHEME)
@Tag(name = "voting")
public class MotionVotesResource {
    @Inject
    Meetings meetings;
    @Inject
    Ballots ballots;
    @Inject
    CurrentMember voter;
    @Inject
    Caller caller;
    @Inject
    Tenant tenant;

    /** A room vote as recorded: who took part, by whom it was entered; never what they voted. */
    @Schema(name = "RoomVote")
    public record RoomVoteRecorded(long motionId, long membershipId, String enteredBy) {
    }

    @POST
    @Path("ballots")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess(Relation.MEMBER)
    @Transactional
    @RateLimited("votes")
    @Operation(summary = "Vote on the motion, online; the receipt is shown this once")
    @APIResponse(responseCode = "201", description = "Counted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VotingViews.Receipt.class)))
    @APIResponse(responseCode = "403", description = "Not on this meeting's voters' roll", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Already voted on this motion", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Voting not open yet, or closed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "Too many votes from this person in a minute", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response vote(@PathParam("meetingId") long meetingId, @PathParam("motionId") long motionId,
                         @NotNull(message = "a JSON body is required") @Valid VotingCommands.Vote command) {
        Meeting meeting = meetings.meeting(tenant.coopId(), meetingId);
        Motion motion = meetings.motion(meeting, motionId);
        meeting.requireVoting(Instant.now());
        long membershipId = voter.membershipId().orElseThrow(() -> ProblemException.forbidden("Only a member votes."));
        String choice = choice(motion, command.choice(), command.candidates());
        String receipt;
        if (command.forMembershipId() == null) {
            requireOnRoll(meeting, membershipId);
            receipt = ballots.cast(motion.id(), membershipId, choice, "ONLINE", null);
        } else {
            // the caller votes as the registered proxy of another member (§23)
            long principal = command.forMembershipId();
            boolean theirProxy = meetings.proxyOf(meeting.id(), principal)
                    .map(p -> p.proxyMemberId() != null && p.proxyMemberId() == membershipId).orElse(false);
            if (!theirProxy) {
                throw ProblemException.forbidden("You are not registered as this member's proxy for this meeting.");
            }
            requireOnRoll(meeting, principal);
            receipt = ballots.cast(motion.id(), principal, choice, "PROXY", null);
        }
        return Response.status(Response.Status.CREATED).entity(new VotingViews.Receipt(motion.id(), receipt, Ballots.hash(receipt))).build();
    }

    @POST
    @Path("room-votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @CoopAccess({Relation.BOARD, Relation.OPERATOR})
    @Transactional
    @Operation(summary = "Enter a vote cast in the room (paper or show of hands) for a member; who entered it is kept")
    @APIResponse(responseCode = "201", description = "Counted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoomVoteRecorded.class)))
    @APIResponse(responseCode = "403", description = "The member is not on this meeting's voters' roll", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The member already voted on this motion", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Voting not open yet, or closed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response roomVote(@PathParam("meetingId") long meetingId, @PathParam("motionId") long motionId,
                             @NotNull(message = "a JSON body is required") @Valid VotingCommands.RoomVote command) {
        Meeting meeting = meetings.meeting(tenant.coopId(), meetingId);
        Motion motion = meetings.motion(meeting, motionId);
        meeting.requireVoting(Instant.now());
        String choice = choice(motion, command.choice(), command.candidates());
        requireOnRoll(meeting, command.membershipId());
        boolean byProxy = Boolean.TRUE.equals(command.byProxy());
        if (byProxy && meetings.proxyOf(meeting.id(), command.membershipId()).isEmpty()) {
            throw ProblemException.ruleViolated("no-proxy", "No proxy is registered for this member at this meeting.");
        }
        ballots.cast(motion.id(), command.membershipId(), choice, byProxy ? "PROXY" : "ROOM", caller.displayName());
        return Response.status(Response.Status.CREATED)
                .entity(new RoomVoteRecorded(motion.id(), command.membershipId(), caller.displayName())).build();
    }

    @GET
    @Path("ballots")
    @CoopAccess({Relation.MEMBER, Relation.BOARD, Relation.CONSULTANT, Relation.OPERATOR})
    @Operation(summary = "The published ballot list: receipt hashes with their choices, hash-chained, in the order of the hashes",
            description = "Sealed (409) until voting closes. A voter finds SHA-256 of their receipt in it; anyone may recount it.")
    @APIResponse(responseCode = "200", description = "The list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = VotingViews.BallotLine.class)))
    @APIResponse(responseCode = "409", description = "Voting has not closed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<VotingViews.BallotLine> published(@PathParam("meetingId") long meetingId, @PathParam("motionId") long motionId) {
        Meeting meeting = meetings.meeting(tenant.coopId(), meetingId);
        Motion motion = meetings.motion(meeting, motionId);
        meeting.requireClosed(Instant.now());
        return ballots.published(motion.id()).stream()
                .map(b -> new VotingViews.BallotLine(b.receiptHash(), b.choice(), b.previousHash(), b.hash())).toList();
    }

    /** What goes on the ballot: YES, NO or ABSTAIN on a resolution; the marked candidates' numbers ("1+3") or BLANK in an election. */
    private String choice(Motion motion, Choice choice, List<Integer> candidates) {
        if (!motion.isElection()) {
            if (candidates != null) {
                throw ProblemException.invalidField("candidates", "only an election takes candidates; this motion takes a choice");
            }
            if (choice == null) {
                throw ProblemException.invalidField("choice", "is required: YES, NO or ABSTAIN");
            }
            return choice.name();
        }
        if (choice != null) {
            throw ProblemException.invalidField("choice", "an election takes the marked candidates' numbers, not a choice");
        }
        if (candidates == null) {
            throw ProblemException.invalidField("candidates", "is required: the numbers of the marked candidates ([] for a blank ballot)");
        }
        return ElectionCount.choice(candidates, motion.seats(),
                meetings.candidates(motion.id()).stream().map(Candidate::number).collect(java.util.stream.Collectors.toSet()));
    }

    private void requireOnRoll(Meeting meeting, long membershipId) {
        if (!meetings.onRoll(meeting.id(), membershipId)) {
            throw ProblemException.forbidden("Not on the voters' roll of this meeting (members on " + meeting.recordDate() + ").");
        }
    }
}
