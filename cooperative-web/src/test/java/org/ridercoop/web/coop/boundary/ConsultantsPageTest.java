package org.ridercoop.web.coop.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.coop.control.CooperativeClient;
import org.ridercoop.web.coop.control.CooperativeLookup;
import org.ridercoop.web.coop.entity.ConsultantGrant;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;
import org.ridercoop.web.platform.api.SignedIn;

class ConsultantsPageTest {
    private final List<Object[]> sent = new ArrayList<>();

    @Test
    void theBoardSeesTheGrantsInForceFirstGrantsOneAndRevokesOne() {
        ConsultantsPage page = page(true, null);
        page.load();
        assertThat(page.isManager()).isTrue();
        assertThat(page.getGrants()).extracting(ConsultantGrant::email).containsExactly("b@x.example", "a@x.example");

        page.setEmail(" c@x.example ");
        page.setName("한회계");
        assertThat(page.grant()).isEqualTo("/consultants?faces-redirect=true&coop=7&done=granted");
        assertThat(sent.getFirst()[2]).isEqualTo(new ConsultantGrant.New("c@x.example", "한회계"));
        assertThat(page.revoke(2)).isEqualTo("/consultants?faces-redirect=true&coop=7&done=revoked");
    }

    @Test
    void aBadAddressIsShownByItsInput() {
        ConsultantsPage page = page(true, new Problem("urn:ridercoop:problem:validation", null, 400, null,
                List.of(new Problem.FieldError("email", "is not an e-mail address"))));
        page.load();
        page.setEmail("nope");
        assertThat(page.grant()).isNull();
        assertThat(page.fieldError("email")).isEqualTo("is not an e-mail address");
    }

    @Test
    void aConsultantOrPlainMemberIsToldTheBoardOnlyNotThatSomethingFailed() {
        ConsultantsPage page = page(false, null);
        page.load();
        assertThat(page.isManager()).isFalse();
        assertThat(page.getLoadProblem()).isNull();
        assertThat(page.getCooperative()).isEqualTo(Access.DAEGU);
    }

    @Test
    void theAccessQuestionIsAskedOncePerRequestAndOnlyTheBoardsAnswerCounts() {
        List<Long> asked = new ArrayList<>();
        CoopAccess access = new CoopAccess();
        access.lookup = new CooperativeLookup() {
            @Override
            public org.ridercoop.web.platform.api.Answer<List<ConsultantGrant>> consultants(long id) {
                asked.add(id);
                return id == 7 ? new org.ridercoop.web.platform.api.Answer.Found<>(List.of())
                        : new org.ridercoop.web.platform.api.Answer.Forbidden<>();
            }
        };
        assertThat(access.manages(7)).isTrue();
        assertThat(access.manages(7)).isTrue();
        assertThat(access.manages(8)).isFalse();
        assertThat(asked).containsExactly(7L, 8L);
    }

    private ConsultantsPage page(boolean manager, Problem refusal) {
        ConsultantsPage page = new ConsultantsPage();
        page.setCoopParam("7");
        page.calls = SignedIn.calls("token");
        List<ConsultantGrant> grants = List.of(
                new ConsultantGrant(1, "a@x.example", "A", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"), false),
                new ConsultantGrant(2, "b@x.example", "B", Instant.parse("2026-01-02T00:00:00Z"), null, true));
        page.access = new CoopAccess() {
            @Override
            public org.ridercoop.web.platform.api.Answer<org.ridercoop.web.coop.entity.Cooperative> cooperative(long coopId) {
                return Access.of(manager).cooperative(coopId);
            }

            @Override
            public org.ridercoop.web.platform.api.Answer<List<ConsultantGrant>> grants(long coopId) {
                return manager ? new org.ridercoop.web.platform.api.Answer.Found<>(grants)
                        : new org.ridercoop.web.platform.api.Answer.Forbidden<>();
            }
        };
        page.api = Fakes.of(CooperativeClient.class, Map.of(
                "grant", args -> {
                    sent.add(args);
                    if (refusal != null) {
                        throw new ApiProblem(refusal);
                    }
                    return grants.getFirst();
                },
                "revoke", args -> {
                    sent.add(args);
                    return null;
                }));
        return page;
    }
}
