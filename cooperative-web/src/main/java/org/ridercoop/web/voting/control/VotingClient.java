package org.ridercoop.web.voting.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.ridercoop.web.platform.api.ProblemMapper;
import org.ridercoop.web.voting.entity.Delegates;
import org.ridercoop.web.voting.entity.Meeting;
import org.ridercoop.web.voting.entity.Minutes;
import org.ridercoop.web.voting.entity.MotionResult;
import org.ridercoop.web.voting.entity.Notice;
import org.ridercoop.web.voting.entity.PendingCase;
import org.ridercoop.web.voting.entity.Proxy;
import org.ridercoop.web.voting.entity.PublishedBallot;
import org.ridercoop.web.voting.entity.RollMember;
import org.ridercoop.web.voting.entity.RoomVote;
import org.ridercoop.web.voting.entity.VoteReceipt;
import org.ridercoop.web.voting.entity.VotingCommands;

/**
 * cooperative-api's voting calls: meetings, their notices, proxies, opening and closing, votes online and in the
 * room, results, the published ballot lists, the minutes and the delegates (§31). Refusals arrive as {@link org.ridercoop.web.platform.api.ApiProblem} with the API's reasons.
 */
@RegisterRestClient(configKey = "coop-api")
@RegisterProvider(ProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface VotingClient {
    String AUTH = HttpHeaders.AUTHORIZATION;

    @GET
    @Path("coops/{coop}/meetings")
    List<Meeting> meetings(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop);

    @POST
    @Path("coops/{coop}/meetings")
    Meeting call(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, VotingCommands.CallMeeting meeting);

    @GET
    @Path("coops/{coop}/meetings/{meeting}")
    Meeting meeting(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("meeting") long meeting);

    @POST
    @Path("coops/{coop}/meetings/{meeting}/open")
    Meeting open(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("meeting") long meeting);

    @POST
    @Path("coops/{coop}/meetings/{meeting}/close")
    Meeting close(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("meeting") long meeting);

    @GET
    @Path("coops/{coop}/meetings/{meeting}/results")
    List<MotionResult> results(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop,
                               @PathParam("meeting") long meeting);

    @POST
    @Path("coops/{coop}/meetings/{meeting}/motions/{motion}/ballots")
    VoteReceipt vote(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("meeting") long meeting,
                     @PathParam("motion") long motion, VotingCommands.Vote vote);

    @POST
    @Path("coops/{coop}/meetings/{meeting}/motions/{motion}/room-votes")
    RoomVote roomVote(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("meeting") long meeting,
                      @PathParam("motion") long motion, VotingCommands.RoomVote vote);

    @GET
    @Path("coops/{coop}/meetings/{meeting}/motions/{motion}/ballots")
    List<PublishedBallot> ballots(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop,
                                  @PathParam("meeting") long meeting, @PathParam("motion") long motion);

    /** The register's active members, whom the board may enter a room vote for. */
    @GET
    @Path("coops/{coop}/members")
    List<RollMember> members(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop,
                             @QueryParam("status") String status);

    /** The cooperative's expulsion cases in a state (PENDING when null): what an assembly may decide. */
    @GET
    @Path("coops/{coop}/expulsion-cases")
    List<PendingCase> expulsionCases(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop,
                                     @QueryParam("state") String state);

    @GET
    @Path("coops/{coop}/meetings/{meeting}/notices")
    List<Notice> notices(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("meeting") long meeting);

    @POST
    @Path("coops/{coop}/meetings/{meeting}/notices/resend")
    List<Notice> resendNotices(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop,
                               @PathParam("meeting") long meeting);

    @GET
    @Path("coops/{coop}/meetings/{meeting}/proxies")
    List<Proxy> proxies(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("meeting") long meeting);

    @POST
    @Path("coops/{coop}/meetings/{meeting}/proxies")
    Proxy appointProxy(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("meeting") long meeting,
                       VotingCommands.AppointProxy proxy);

    @GET
    @Path("coops/{coop}/meetings/{meeting}/minutes")
    Minutes minutes(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("meeting") long meeting);

    @PUT
    @Path("coops/{coop}/meetings/{meeting}/minutes")
    Minutes draftMinutes(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("meeting") long meeting,
                         VotingCommands.DraftMinutes minutes);

    @POST
    @Path("coops/{coop}/meetings/{meeting}/minutes/signatures")
    Minutes signMinutes(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop, @PathParam("meeting") long meeting);

    @GET
    @Path("coops/{coop}/delegates")
    Delegates delegates(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop);

    @POST
    @Path("coops/{coop}/delegates")
    Delegates.Delegate electDelegate(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop,
                                     VotingCommands.ElectDelegate delegate);

    @POST
    @Path("coops/{coop}/delegates/{delegate}/end")
    Delegates.Delegate endDelegate(@HeaderParam(AUTH) String authorization, @PathParam("coop") long coop,
                                   @PathParam("delegate") long delegate);
}
