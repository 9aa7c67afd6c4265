package org.ridercoop.web.payouts.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.coop.boundary.Access;
import org.ridercoop.web.home.entity.Lookup.Reason;
import org.ridercoop.web.membership.Members;
import org.ridercoop.web.membership.entity.MemberDetail;
import org.ridercoop.web.payouts.control.PayoutsClient;
import org.ridercoop.web.payouts.entity.MemberStatement;
import org.ridercoop.web.payouts.entity.Statement;
import org.ridercoop.web.platform.api.Answer;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;
import org.ridercoop.web.platform.api.SignedIn;

/** How the statement is found for the page and its PDF, and how the PDF, or why there is none, reaches the browser. */
class StatementDownloadTest {
    private final List<String> asked = new ArrayList<>();

    @Test
    void theMembersOwnStatementIsFoundThroughTheirMembershipWithTheirNameAndTheCooperatives() {
        Answer<MemberStatement> answer = lookup(Map.of()).find(7, 12, OptionalLong.empty());

        assertThat(answer.found()).hasValueSatisfying(found -> {
            assertThat(found.statement().runId()).isEqualTo(12);
            assertThat(found.coopName()).isEqualTo("대구라이더협동조합");
            assertThat(found.memberNumber()).isEqualTo(2);
            assertThat(found.memberName()).isEqualTo("김민준");
        });
        assertThat(asked).containsExactly("myMemberships", "statements 7/21");
        assertThat(lookup(Map.of()).find(7, 13, OptionalLong.empty())).as("a run without a line of theirs")
                .isInstanceOf(Answer.NotFound.class);
        assertThat(lookup(Map.of()).find(8, 12, OptionalLong.empty())).as("a cooperative they are not a member of")
                .isInstanceOf(Answer.NotFound.class);
    }

    @Test
    void theBoardsViewOfAMembersStatementNamesTheMemberAsTheApiDoesOrNotAtAll() {
        Answer<MemberStatement> named = lookup(Map.of()).find(7, 12, OptionalLong.of(21));
        assertThat(named.found()).hasValueSatisfying(found -> assertThat(found.memberName()).isEqualTo("김민준"));
        assertThat(asked).containsSubsequence("statements 7/21", "member 7/21").doesNotContain("myMemberships");

        Answer<MemberStatement> unnamed = lookup(Map.of("member", args -> {
            throw new ApiProblem(new Problem("urn:ridercoop:problem:forbidden", "Forbidden", 403, "no", null));
        })).find(7, 12, OptionalLong.of(21));
        assertThat(unnamed.found()).hasValueSatisfying(found -> {
            assertThat(found.memberName()).isNull();
            assertThat(found.statement().payableWon()).isEqualTo(319_110);
        });
    }

    @Test
    void theApisNoIsPassedOnAsItSaidIt() {
        Answer<MemberStatement> forbidden = lookup(Map.of("statements", args -> {
            throw new ApiProblem(new Problem("urn:ridercoop:problem:forbidden", "Forbidden", 403, "not yours", null));
        })).find(7, 12, OptionalLong.of(22));
        assertThat(forbidden).isInstanceOf(Answer.Forbidden.class);
        assertThat(StatementDownload.status(forbidden)).isEqualTo(403);

        Answer<MemberStatement> away = lookup(Map.of("myMemberships", args -> {
            throw new jakarta.ws.rs.ProcessingException("refused");
        })).find(7, 12, OptionalLong.empty());
        assertThat(away).isEqualTo(new Answer.Failed<>(Reason.UNAVAILABLE));
        assertThat(StatementDownload.status(away)).isEqualTo(503);

        assertThat(StatementDownload.status(new Answer.NotFound<>())).isEqualTo(404);
        assertThat(StatementDownload.status(new Answer.Failed<>(Reason.SIGN_IN_AGAIN))).isEqualTo(401);
        assertThat(StatementDownload.status(new Answer.Failed<>(Reason.UNEXPECTED))).isEqualTo(500);
        assertThat(StatementDownload.status(new Answer.Refused<>(new Problem("urn:x:bad", "Bad Request", 400, "bad id", null))))
                .isEqualTo(404);
    }

    @Test
    void thePdfIsSentWholeAsAFileNamedForItsPeriodAndNeverCached() throws Exception {
        Fakes.Sent sent = Fakes.response();
        byte[] pdf = "%PDF-1.5 …".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StatementDownload.send(pdf, "statement-2026-05.pdf", sent.response());
        assertThat(sent.body().toByteArray()).isEqualTo(pdf);
        assertThat(sent.headers()).containsEntry("Content-Type", "application/pdf").containsEntry("Content-Length", String.valueOf(pdf.length))
                .containsEntry("Content-Disposition", "attachment; filename=\"statement-2026-05.pdf\"")
                .containsEntry("Cache-Control", "private, no-store");

        Statement may = StatementPdfTest.statement("POSTED", null);
        assertThat(StatementDownload.fileName(may, OptionalLong.empty())).isEqualTo("statement-2026-05.pdf");
        assertThat(StatementDownload.fileName(may, OptionalLong.of(21))).isEqualTo("statement-2026-05-member-21.pdf");
        Statement twoDays = new Statement(3, "MAIN", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), "POSTED", "INCOME", 0, 0, 0, 0,
                List.of(), 0, 0, 0, 0, 0, 330, 0, 0, null);
        assertThat(StatementDownload.fileName(twoDays, OptionalLong.empty())).isEqualTo("statement-2026-10-01_2026-10-02.pdf");
    }

    /** Member 21 (김민준, number 2) of cooperative 7 has the statement of run 12; {@code calls} replace the API's answers. */
    private StatementLookup lookup(Map<String, java.util.function.Function<Object[], Object>> calls) {
        Map<String, java.util.function.Function<Object[], Object>> answers = new HashMap<>(Map.of(
                "myMemberships", args -> {
                    asked.add("myMemberships");
                    return List.of(Members.mine(Members.active(21, 2, "김민준", 2)));
                },
                "statements", args -> {
                    asked.add("statements " + args[1] + "/" + args[2]);
                    return List.of(StatementPdfTest.statement("POSTED", null));
                },
                "member", args -> {
                    asked.add("member " + args[1] + "/" + args[2]);
                    return new MemberDetail(Members.active(21, 2, "김민준", 2), null, null, null, null, null, null, null);
                }));
        answers.putAll(calls);
        StatementLookup lookup = new StatementLookup();
        lookup.calls = SignedIn.calls("token");
        lookup.access = Access.of(false);
        lookup.api = Fakes.of(PayoutsClient.class, answers);
        return lookup;
    }
}
