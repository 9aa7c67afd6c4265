package org.ridercoop.web.coop.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.entity.ConsultantGrant;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.coop.entity.Officer;
import org.ridercoop.web.membership.entity.Member;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;

/** Asks the API about one cooperative with the person's own access token; the API decides what they may see. */
@RequestScoped
public class CooperativeLookup {

    @Inject
    @RestClient
    CooperativeClient api;

    @Inject
    ApiCalls calls;

    public Answer<Cooperative> cooperative(long id) {
        return calls.call("GET /coops/" + id, bearer -> api.cooperative(bearer, id));
    }

    public Answer<List<Officer>> board(long id) {
        return calls.call("GET /coops/" + id + "/board", bearer -> api.board(bearer, id));
    }

    public Answer<List<Member>> members(long id) {
        return members(id, null);
    }

    /** The register, or only the members in one status (e.g. the applicants). */
    public Answer<List<Member>> members(long id, String status) {
        return calls.call("GET /coops/" + id + "/members", bearer -> api.members(bearer, id, status, null));
    }

    public Answer<List<ConsultantGrant>> consultants(long id) {
        return calls.call("GET /coops/" + id + "/consultants", bearer -> api.consultants(bearer, id));
    }
}
