package org.ridercoop.web.payouts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.OptionalLong;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ridercoop.web.coop.boundary.CoopAccess;
import org.ridercoop.web.coop.entity.Cooperative;
import org.ridercoop.web.membership.entity.Member;
import org.ridercoop.web.membership.entity.MemberDetail;
import org.ridercoop.web.membership.entity.MyMembership;
import org.ridercoop.web.payouts.control.PayoutsClient;
import org.ridercoop.web.payouts.entity.MemberStatement;
import org.ridercoop.web.payouts.entity.Statement;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiCalls;

/**
 * One statement of one run, for the statement page and its PDF alike: the signed-in member's own (found through
 * their memberships) or, with a member's id, the one the board or a consultant asks for. The API decides who may
 * read it; a run the member has no line in is not found. The cooperative's and the member's names are what the API
 * lets the reader see; a statement is shown without them rather than not at all.
 */
@RequestScoped
public class StatementLookup {

    @Inject
    ApiCalls calls;

    @Inject
    @RestClient
    PayoutsClient api;

    @Inject
    CoopAccess access;

    /** The statement of {@code run}: the reader's own without {@code member}, else that member's. */
    public Answer<MemberStatement> find(long coop, long run, OptionalLong member) {
        Member own = null;
        if (member.isEmpty()) {
            Answer<List<MyMembership>> mine = calls.call("GET /me/memberships", api::myMemberships);
            own = mine.found().orElse(List.of()).stream().filter(x -> x.member() != null && x.coop().id() == coop)
                    .map(MyMembership::member).findFirst().orElse(null);
            if (own == null) {
                return mine instanceof Answer.Found ? new Answer.NotFound<>() : mine.map(x -> null);
            }
        }
        long m = own != null ? own.id() : member.getAsLong();
        Answer<List<Statement>> statements = calls.call("GET /coops/" + coop + "/members/" + m + "/payouts",
                bearer -> api.statements(bearer, coop, m));
        Statement statement = statements.found().orElse(List.of()).stream().filter(s -> s.runId() == run).findFirst().orElse(null);
        if (statement == null) {
            return statements instanceof Answer.Found ? new Answer.NotFound<>() : statements.map(x -> null);
        }
        Member whose = own != null ? own
                : calls.call("GET /coops/" + coop + "/members/" + m, bearer -> api.member(bearer, coop, m)).found()
                        .map(MemberDetail::member).orElse(null);
        String coopName = access.cooperative(coop).found().map(Cooperative::nameKo).orElse(null);
        return new Answer.Found<>(new MemberStatement(statement, coopName, whose == null ? null : whose.memberNumber(),
                whose == null ? null : whose.name()));
    }
}
