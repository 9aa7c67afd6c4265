package org.ridercoop.web.voting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.home.control.IdentityLookup;
import org.ridercoop.web.home.entity.Me;
import org.ridercoop.web.platform.api.ApiCalls;
import org.ridercoop.web.voting.control.VotingClient;
import org.ridercoop.web.voting.entity.Meeting;

/**
 * The home page's "voting is open" card ({@code #{openVotes}}): the meetings of the person's cooperatives where
 * voting is open and they, on the roll, still have motions to vote on. A cooperative whose meetings cannot be read
 * just shows no card: the cooperative page links its meetings anyway.
 */
@Named("openVotes")
@RequestScoped
public class OpenVotes {

    @Inject
    IdentityLookup lookup;

    @Inject
    ApiCalls calls;

    @Inject
    @RestClient
    VotingClient api;

    private List<OpenVote> votes;

    public List<OpenVote> getList() {
        if (votes == null) {
            votes = new ArrayList<>();
            for (Me.CooperativeRef coop : lookup.me().person().map(Me::cooperatives).orElse(List.of())) {
                if ("consultant".equals(coop.relation())) {
                    continue;
                }
                calls.call("GET /coops/" + coop.id() + "/meetings", bearer -> api.meetings(bearer, coop.id())).found()
                        .orElse(List.of()).stream().filter(Meeting::hasVoteFor)
                        .forEach(meeting -> votes.add(new OpenVote(coop.id(), coop.name(), meeting)));
            }
        }
        return votes;
    }

    /** A meeting waiting for this person's votes, and its cooperative. */
    public record OpenVote(long coopId, String coopName, Meeting meeting) {
    }
}
