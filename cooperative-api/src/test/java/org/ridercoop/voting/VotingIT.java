package org.ridercoop.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ridercoop.testsupport.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ridercoop.devstack.DemoUser;
import org.ridercoop.devstack.EmbeddedMariaDb;
import org.ridercoop.testsupport.ApiClient;
import org.ridercoop.testsupport.Fixtures;
import org.ridercoop.testsupport.PackagedApiTest;
import org.ridercoop.testsupport.TestStack;
import org.ridercoop.voting.control.Ballots;
import org.ridercoop.voting.entity.Choice;

/** Meetings, votes, results and the published ballot list, through the packaged API. */
public class VotingIT extends PackagedApiTest {
    private static final AtomicInteger REGISTRATIONS = new AtomicInteger(700);

    private long register() {
        String body = Fixtures.cooperative("504-82-" + String.format("%05d", REGISTRATIONS.incrementAndGet()),
                "board@ridercoop.example", "rider@ridercoop.example", 2);
        HttpResponse<String> created = api.send("POST", "/api/coops", token(DemoUser.ADMIN), "application/json", body, Map.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).getJsonNumber("id").longValue();
    }

    public static String meeting(String kind, Instant startsAt, Instant opens, Instant closes) {
        return """
                {"kind":"%s","title":"2026년 정기총회","startsAt":"%s","place":"대구 북구 협동조합 사무실",
                 "votingOpensAt":"%s","votingClosesAt":"%s",
                 "motions":[{"title":"2026년 사업계획 승인","resolution":"ORDINARY"},
                            {"title":"정관 변경: 탈퇴 예고 기간 30일에서 14일로","details":"제12조","resolution":"SPECIAL"}]}"""
                .formatted(kind, startsAt, opens, closes);
    }

    private HttpResponse<String> post(String path, DemoUser user, String json) {
        return api.send("POST", "/api" + path, token(user), json == null ? null : "application/json", json, Map.of());
    }

    private JsonObject created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s answered %s", response.uri(), response.body()).isBetween(200, 201);
        return ApiClient.json(response);
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s answered %s", response.uri(), response.body()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    private long memberId(long coopId, int index) {
        return array(api.get("/api/coops/" + coopId + "/members", token(DemoUser.BOARD))).getJsonObject(index).getJsonNumber("id").longValue();
    }

    @Test
    void aMeetingIsCalledWithSevenDaysNoticeAndItsVotersAreFixedOnTheRecordDate() {
        long coop = register();
        Instant now = Instant.now();
        String path = "/coops/" + coop + "/meetings";
        assertProblem(post(path, DemoUser.BOARD, meeting("ORDINARY_GENERAL_ASSEMBLY", now.plus(Duration.ofDays(6)), now,
                now.plus(Duration.ofDays(6)))), 422, "notice-too-short");
        assertProblem(post(path, DemoUser.BOARD, meeting("DELEGATES_ASSEMBLY", now.plus(Duration.ofDays(8)), now,
                now.plus(Duration.ofDays(8)))), 422, "delegates-assembly");
        assertProblem(post(path, DemoUser.BOARD, meeting("ORDINARY_GENERAL_ASSEMBLY", now.plus(Duration.ofDays(8)), now.plus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(1)))), 422, "voting-window");
        assertProblem(post(path, DemoUser.RIDER, meeting("ORDINARY_GENERAL_ASSEMBLY", now.plus(Duration.ofDays(8)), now,
                now.plus(Duration.ofDays(8)))), 403, "forbidden");
        assertProblem(post(path, DemoUser.BOARD, meeting("ORDINARY_GENERAL_ASSEMBLY", now.plus(Duration.ofDays(8)), now,
                now.plus(Duration.ofDays(8))).replace("\"resolution\":\"ORDINARY\"", "\"resolution\":\"MAYBE\"")), 400, "malformed-json");
        assertThat(array(api.get("/api/coops/" + coop + "/meetings", token(DemoUser.BOARD)))).isEmpty();

        JsonObject assembly = created(post(path, DemoUser.BOARD, meeting("ORDINARY_GENERAL_ASSEMBLY", now.plus(Duration.ofDays(8)), now,
                now.plus(Duration.ofDays(8)))));
        assertThat(assembly.getInt("eligibleVoters")).isEqualTo(5);
        assertThat(assembly.getString("state")).isEqualTo("VOTING");
        assertThat(assembly.getJsonArray("motions")).hasSize(2);
        // a board meeting (no notice period): the chair and the directors vote, not the auditor or a plain member
        JsonObject board = created(post(path, DemoUser.BOARD, meeting("BOARD_MEETING", now.plus(Duration.ofHours(1)), now,
                now.plus(Duration.ofHours(2)))));
        assertThat(board.getInt("eligibleVoters")).isEqualTo(3);
        JsonObject asRider = created(api.get("/api" + path + "/" + board.getJsonNumber("id"), token(DemoUser.RIDER)));
        assertThat(asRider.getBoolean("callerEligible")).isFalse();

        // someone admitted after the record date is not on that meeting's roll
        long late = created(post("/coops/" + coop + "/applications", DemoUser.BOARD,
                "{\"name\":\"늦은 조합원\",\"email\":\"late-" + System.nanoTime() + "@ridercoop.example\",\"shares\":1,\"onBehalf\":true}"))
                .getJsonNumber("id").longValue();
        created(post("/coops/" + coop + "/applications/" + late + "/approval", DemoUser.BOARD, null));
        long motion = assembly.getJsonArray("motions").getJsonObject(0).getJsonNumber("id").longValue();
        assertProblem(post(path + "/" + assembly.getJsonNumber("id") + "/motions/" + motion + "/room-votes", DemoUser.BOARD,
                "{\"membershipId\":" + late + ",\"choice\":\"YES\"}"), 403, "forbidden");
        assertThat(created(api.get("/api" + path + "/" + assembly.getJsonNumber("id"), token(DemoUser.BOARD))).getInt("eligibleVoters"))
                .isEqualTo(5);
    }

    @Test
    void membersVoteOnceInTheWindowResultsAreSealedUntilTheCloseAndTheListRecountsToThem() throws Exception {
        long coop = register();
        Instant now = Instant.now();
        String path = "/coops/" + coop + "/meetings";
        JsonObject meeting = created(post(path, DemoUser.BOARD, meeting("ORDINARY_GENERAL_ASSEMBLY", now.plus(Duration.ofDays(8)),
                now.plus(Duration.ofHours(1)), now.plus(Duration.ofDays(8)))));
        String at = path + "/" + meeting.getJsonNumber("id");
        long ordinary = meeting.getJsonArray("motions").getJsonObject(0).getJsonNumber("id").longValue();
        long special = meeting.getJsonArray("motions").getJsonObject(1).getJsonNumber("id").longValue();

        assertProblem(post(at + "/motions/" + ordinary + "/ballots", DemoUser.RIDER, "{\"choice\":\"YES\"}"), 422, "voting-not-open");
        assertProblem(post(at + "/open", DemoUser.RIDER, null), 403, "forbidden");
        assertThat(created(post(at + "/open", DemoUser.BOARD, null)).getString("state")).isEqualTo("VOTING");

        JsonObject receipt = created(post(at + "/motions/" + ordinary + "/ballots", DemoUser.RIDER, "{\"choice\":\"YES\"}"));
        String code = receipt.getString("receipt");
        assertThat(code).matches("[A-Z2-9]{5}(-[A-Z2-9]{5}){3}");
        assertProblem(post(at + "/motions/" + ordinary + "/ballots", DemoUser.RIDER, "{\"choice\":\"NO\"}"), 409, "already-voted");
        assertProblem(post(at + "/motions/" + ordinary + "/room-votes", DemoUser.BOARD,
                "{\"membershipId\":" + memberId(coop, 1) + ",\"choice\":\"NO\"}"), 409, "already-voted");
        assertProblem(post(at + "/motions/" + ordinary + "/ballots", DemoUser.RIDER2, "{\"choice\":\"YES\"}"), 404, "not-found");
        assertProblem(post(at + "/motions/" + ordinary + "/ballots", DemoUser.RIDER, "{\"choice\":\"MAYBE\"}"), 400, "malformed-json");
        created(post(at + "/motions/" + ordinary + "/ballots", DemoUser.BOARD, "{\"choice\":\"YES\"}"));
        created(post(at + "/motions/" + ordinary + "/room-votes", DemoUser.BOARD, "{\"membershipId\":" + memberId(coop, 2) + ",\"choice\":\"YES\"}"));
        created(post(at + "/motions/" + special + "/ballots", DemoUser.RIDER, "{\"choice\":\"YES\"}"));
        created(post(at + "/motions/" + special + "/ballots", DemoUser.BOARD, "{\"choice\":\"YES\"}"));
        created(post(at + "/motions/" + special + "/room-votes", DemoUser.BOARD, "{\"membershipId\":" + memberId(coop, 2) + ",\"choice\":\"NO\"}"));
        created(post(at + "/motions/" + special + "/room-votes", DemoUser.BOARD, "{\"membershipId\":" + memberId(coop, 3) + ",\"choice\":\"ABSTAIN\"}"));
        JsonObject mine = created(api.get("/api" + at, token(DemoUser.RIDER)));
        assertThat(mine.getBoolean("callerEligible")).isTrue();
        assertThat(mine.getJsonArray("motions").getJsonObject(0).getBoolean("callerVoted")).isTrue();

        // nobody sees anything before the close, the board neither
        assertProblem(api.get("/api" + at + "/results", token(DemoUser.BOARD)), 409, "results-sealed");
        assertProblem(api.get("/api" + at + "/motions/" + ordinary + "/ballots", token(DemoUser.ADMIN)), 409, "results-sealed");
        created(post(at + "/close", DemoUser.BOARD, null));
        assertProblem(post(at + "/motions/" + ordinary + "/room-votes", DemoUser.BOARD,
                "{\"membershipId\":" + memberId(coop, 4) + ",\"choice\":\"YES\"}"), 422, "voting-closed");
        assertProblem(post(at + "/close", DemoUser.BOARD, null), 409, "voting-closed");

        JsonArray results = array(api.get("/api" + at + "/results", token(DemoUser.RIDER)));
        JsonObject first = results.getJsonObject(0);
        // 3 of 5 present: a quorum; 3 yes of 3: passed
        assertThat(first.getInt("eligible")).isEqualTo(5);
        assertThat(first.getInt("present")).isEqualTo(3);
        assertThat(first.getBoolean("quorate")).isTrue();
        assertThat(first.getString("outcome")).isEqualTo("PASSED");
        // 4 present, 2 yes: below two-thirds
        JsonObject second = results.getJsonObject(1);
        assertThat(second.getInt("present")).isEqualTo(4);
        assertThat(List.of(second.getInt("yes"), second.getInt("no"), second.getInt("abstain"))).containsExactly(2, 1, 1);
        assertThat(second.getString("outcome")).isEqualTo("FAILED");

        // the rider finds their receipt with their choice, and anyone can recount and re-chain the list
        JsonArray list = array(api.get("/api" + at + "/motions/" + ordinary + "/ballots", token(DemoUser.RIDER)));
        assertThat(list).hasSize(3);
        assertThat(list.getValuesAs(JsonObject.class)).anySatisfy(line -> {
            assertThat(line.getString("receiptHash")).isEqualTo(Ballots.hash(code));
            assertThat(line.getString("choice")).isEqualTo("YES");
        });
        String previous = Ballots.GENESIS;
        for (JsonObject line : list.getValuesAs(JsonObject.class)) {
            assertThat(line.getString("previousHash")).isEqualTo(previous);
            previous = Ballots.hash(previous + line.getString("receiptHash") + line.getString("choice"));
            assertThat(line.getString("hash")).isEqualTo(previous);
        }
        assertThat(first.getString("ballotListHead")).isEqualTo(previous);

        // what was voted is stored with no member and no time
        try (Connection app = DriverManager.getConnection(TestStack.database().jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             ResultSet columns = app.createStatement().executeQuery(
                     "SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'ballot'")) {
            List<String> names = new ArrayList<>();
            while (columns.next()) {
                names.add(columns.getString(1).toLowerCase(java.util.Locale.ROOT));
            }
            assertThat(names).containsExactlyInAnyOrder("id", "motion_id", "receipt_hash", "choice");
        }
    }

    @Test
    void theNoticeReachesEveryMemberOnTheRollByEmailAndInTheApp() throws Exception {
        long coop = register();
        Instant now = Instant.now();
        String title = "임시총회 " + System.nanoTime();
        JsonObject meeting = created(post("/coops/" + coop + "/meetings", DemoUser.BOARD, meeting("EXTRAORDINARY_GENERAL_ASSEMBLY",
                now.plus(Duration.ofDays(9)), now, now.plus(Duration.ofDays(9))).replace("2026년 정기총회", title)));
        String at = "/coops/" + coop + "/meetings/" + meeting.getJsonNumber("id");
        List<String> emails = array(api.get("/api/coops/" + coop + "/members", token(DemoUser.BOARD))).getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("email")).toList();

        // the e-mails go out after the call, through the SMTP server the API is configured with
        List<jakarta.mail.internet.MimeMessage> mails = List.of();
        for (long until = System.nanoTime() + Duration.ofSeconds(30).toNanos(); System.nanoTime() < until; Thread.sleep(200)) {
            mails = TestStack.mail().received().stream().filter(m -> subject(m).contains(title)).toList();
            if (mails.size() >= emails.size()) {
                break;
            }
        }
        assertThat(mails).hasSize(5);
        List<String> recipients = new ArrayList<>();
        for (jakarta.mail.internet.MimeMessage mail : mails) {
            recipients.add(mail.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString());
            String body = (String) mail.getContent();
            assertThat(subject(mail)).contains("대구라이더협동조합", "임시총회 소집 통지");
            assertThat(body).contains("2026년 사업계획 승인", "정관 변경: 탈퇴 예고 기간 30일에서 14일로", "(특별결의)",
                    "/meeting.xhtml?coop=" + coop + "&meeting=" + meeting.getJsonNumber("id"), "Agenda:");
        }
        assertThat(recipients).containsExactlyInAnyOrderElementsOf(emails);

        JsonArray notices = array(api.get("/api" + at + "/notices", token(DemoUser.BOARD)));
        assertThat(notices).hasSize(5);
        for (JsonObject notice : notices.getValuesAs(JsonObject.class)) {
            assertThat(notice.getString("emailStatus")).isEqualTo("SENT");
            assertThat(Instant.parse(notice.getString("emailSentAt"))).isBetween(now, Instant.now());
            assertThat(notice.containsKey("seenInAppAt")).isFalse();
        }
        // in the app: when the member first opened the meeting
        created(api.get("/api" + at, token(DemoUser.RIDER)));
        long rider = memberId(coop, 1);
        for (JsonObject notice : array(api.get("/api" + at + "/notices", token(DemoUser.BOARD))).getValuesAs(JsonObject.class)) {
            assertThat(notice.containsKey("seenInAppAt")).as(notice.toString()).isEqualTo(notice.getJsonNumber("membershipId").longValue() == rider);
        }
        assertProblem(api.get("/api" + at + "/notices", token(DemoUser.RIDER)), 403, "forbidden");
        assertProblem(post(at + "/notices/resend", DemoUser.RIDER, null), 403, "forbidden");
        // nothing failed: nothing is sent again
        assertThat(array(post(at + "/notices/resend", DemoUser.BOARD, null)).getValuesAs(JsonObject.class))
                .allSatisfy(n -> assertThat(n.getString("emailStatus")).isEqualTo("SENT"));
        Thread.sleep(1000);
        assertThat(TestStack.mail().received().stream().filter(m -> subject(m).contains(title))).hasSize(5);
    }

    private static String subject(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anElectionFillsItsSeatsByVotesTheTieRuleDecidesAndTheMinutesAreSigned() {
        long coop = register();
        Instant now = Instant.now();
        String path = "/coops/" + coop + "/meetings";
        long chair = memberId(coop, 0);
        long rider = memberId(coop, 1);
        long doyun = memberId(coop, 2);
        long harin = memberId(coop, 3);
        long jiwoo = memberId(coop, 4);
        String election = """
                {"kind":"ORDINARY_GENERAL_ASSEMBLY","title":"임원 선거 총회","startsAt":"%s","place":"조합 사무실",
                 "votingOpensAt":"%s","votingClosesAt":"%s",
                 "motions":[{"title":"2026년 결산 승인","resolution":"ORDINARY"},
                            {"title":"이사 선출","details":"2석","election":%s}]}""";
        String ballot = "{\"office\":\"DIRECTOR\",\"seats\":%s,\"tieRule\":\"SENIORITY\",\"candidateMembershipIds\":%s}";
        java.util.function.BiFunction<String, String, String> call = (seats, candidates) -> election.formatted(now.plus(Duration.ofDays(8)), now,
                now.plus(Duration.ofDays(8)), ballot.formatted(seats, candidates));
        String four = "[" + rider + "," + doyun + "," + harin + "," + jiwoo + "]";
        assertProblem(post(path, DemoUser.BOARD, call.apply("0", four)), 400, "validation");
        assertProblem(post(path, DemoUser.BOARD, call.apply("2", "[" + rider + "," + rider + "]")), 400, "validation");
        assertProblem(post(path, DemoUser.BOARD, call.apply("2", "[" + rider + ",999999]")), 422, "candidate-not-member");
        assertProblem(post(path, DemoUser.BOARD, call.apply("2", four).replace("\"details\":\"2석\"", "\"resolution\":\"SPECIAL\"")),
                400, "validation");
        assertThat(array(api.get("/api" + path, token(DemoUser.BOARD)))).isEmpty();

        JsonObject meeting = created(post(path, DemoUser.BOARD, call.apply("2", four)));
        String at = path + "/" + meeting.getJsonNumber("id");
        long resolution = meeting.getJsonArray("motions").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject motion = meeting.getJsonArray("motions").getJsonObject(1);
        long vote = motion.getJsonNumber("id").longValue();
        JsonObject ballotView = motion.getJsonObject("election");
        assertThat(ballotView.getInt("seats")).isEqualTo(2);
        assertThat(ballotView.getString("tieRuleText")).contains("lowest member number");
        List<JsonObject> candidates = ballotView.getJsonArray("candidates").getValuesAs(JsonObject.class);
        assertThat(candidates).extracting(c -> c.getInt("number")).containsExactly(1, 2, 3, 4);
        assertThat(candidates).extracting(c -> c.getJsonNumber("membershipId").longValue()).containsExactly(rider, doyun, harin, jiwoo);

        String votes = at + "/motions/" + vote;
        assertProblem(post(votes + "/ballots", DemoUser.RIDER, "{\"candidates\":[1,2,3]}"), 400, "validation");
        assertProblem(post(votes + "/ballots", DemoUser.RIDER, "{\"candidates\":[1,1]}"), 400, "validation");
        assertProblem(post(votes + "/ballots", DemoUser.RIDER, "{\"candidates\":[9]}"), 400, "validation");
        assertProblem(post(votes + "/ballots", DemoUser.RIDER, "{\"choice\":\"YES\"}"), 400, "validation");
        assertProblem(post(at + "/motions/" + resolution + "/ballots", DemoUser.RIDER, "{\"candidates\":[1]}"), 400, "validation");
        assertProblem(api.get("/api" + at + "/minutes", token(DemoUser.RIDER)), 409, "results-sealed");

        // three candidates tie with two votes each for two seats; one blank ballot
        String riderReceipt = created(post(votes + "/ballots", DemoUser.RIDER, "{\"candidates\":[2,1]}")).getString("receipt");
        assertProblem(post(votes + "/ballots", DemoUser.RIDER, "{\"candidates\":[3]}"), 409, "already-voted");
        created(post(votes + "/ballots", DemoUser.BOARD, "{\"candidates\":[2,3]}"));
        created(post(votes + "/room-votes", DemoUser.BOARD, "{\"membershipId\":" + harin + ",\"candidates\":[3,1]}"));
        created(post(votes + "/room-votes", DemoUser.BOARD, "{\"membershipId\":" + jiwoo + ",\"candidates\":[]}"));
        created(post(at + "/motions/" + resolution + "/ballots", DemoUser.RIDER, "{\"choice\":\"YES\"}"));
        created(post(at + "/close", DemoUser.BOARD, null));

        JsonObject result = array(api.get("/api" + at + "/results", token(DemoUser.RIDER))).getJsonObject(1);
        assertThat(result.getInt("present")).isEqualTo(4);
        assertThat(result.getString("outcome")).isEqualTo("PASSED");
        JsonObject count = result.getJsonObject("election");
        assertThat(count.getInt("blank")).isEqualTo(1);
        List<JsonObject> lines = count.getJsonArray("candidates").getValuesAs(JsonObject.class);
        assertThat(lines).extracting(c -> c.getInt("votes")).containsExactly(2, 2, 2, 0);
        // the two longest-standing of the tied three are elected, by the rule stated on the ballot
        List<Integer> tied = lines.subList(0, 3).stream().map(c -> c.getInt("memberNumber")).sorted().toList();
        assertThat(lines).filteredOn(c -> c.getBoolean("elected")).extracting(c -> c.getInt("memberNumber"))
                .containsExactlyInAnyOrderElementsOf(tied.subList(0, 2));
        assertThat(lines).filteredOn(c -> c.getBoolean("elected")).allSatisfy(c -> assertThat(c.getBoolean("byTieRule")).isTrue());
        assertThat(count.getString("tieNote")).contains("tied with 2 votes for 2 seats", "seniority");

        // the published list: the rider's marks, canonical; the chain recomputes
        JsonArray list = array(api.get("/api" + votes + "/ballots", token(DemoUser.RIDER)));
        assertThat(list.getValuesAs(JsonObject.class)).extracting(l -> l.getString("choice"))
                .containsExactlyInAnyOrder("1+2", "2+3", "1+3", "BLANK");
        assertThat(list.getValuesAs(JsonObject.class)).anySatisfy(line -> {
            assertThat(line.getString("receiptHash")).isEqualTo(Ballots.hash(riderReceipt));
            assertThat(line.getString("choice")).isEqualTo("1+2");
        });
        String previous = Ballots.GENESIS;
        for (JsonObject line : list.getValuesAs(JsonObject.class)) {
            previous = Ballots.hash(previous + line.getString("receiptHash") + line.getString("choice"));
        }
        assertThat(result.getString("ballotListHead")).isEqualTo(previous);

        // without a quorum nobody is elected, whoever got the votes
        JsonObject thin = created(post(path, DemoUser.BOARD, call.apply("1", four)));
        String thinAt = path + "/" + thin.getJsonNumber("id");
        created(post(thinAt + "/motions/" + thin.getJsonArray("motions").getJsonObject(1).getJsonNumber("id") + "/ballots", DemoUser.RIDER,
                "{\"candidates\":[1]}"));
        created(post(thinAt + "/close", DemoUser.BOARD, null));
        JsonObject noQuorum = array(api.get("/api" + thinAt + "/results", token(DemoUser.BOARD))).getJsonObject(1);
        assertThat(noQuorum.getString("outcome")).isEqualTo("NO_QUORUM");
        assertThat(noQuorum.getJsonObject("election").getJsonArray("candidates").getValuesAs(JsonObject.class))
                .allSatisfy(c -> assertThat(c.getBoolean("elected")).isFalse()).first().satisfies(c -> assertThat(c.getInt("votes")).isEqualTo(1));

        // §30: the minutes, signed by the chair and at least three members elected at the meeting
        JsonObject empty = created(api.get("/api" + at + "/minutes", token(DemoUser.RIDER)));
        assertThat(empty.getJsonArray("signatories")).isEmpty();
        assertThat(empty.getInt("eligible")).isEqualTo(5);
        assertThat(empty.getInt("attended")).isEqualTo(4);
        assertThat(empty.getJsonArray("results")).hasSize(2);
        assertProblem(post(at + "/minutes/signatures", DemoUser.RIDER, null), 409, "minutes-not-drafted");
        String minutes = "{\"chairMembershipId\":%d,\"signatoryMembershipIds\":%s,\"proceedings\":\"의장 개회 선언 후 안건 2건을 처리함.\"}";
        assertProblem(put(at + "/minutes", DemoUser.RIDER, minutes.formatted(chair, "[" + rider + "," + doyun + "," + harin + "]")),
                403, "forbidden");
        assertProblem(put(at + "/minutes", DemoUser.BOARD, minutes.formatted(chair, "[" + rider + "," + doyun + "]")), 400, "validation");
        assertProblem(put(at + "/minutes", DemoUser.BOARD, minutes.formatted(chair, "[" + chair + "," + rider + "," + doyun + "," + harin + "]")),
                422, "chair-not-member-signatory");
        JsonObject drafted = created(put(at + "/minutes", DemoUser.BOARD, minutes.formatted(chair, "[" + rider + "," + doyun + "," + harin + "]")));
        assertThat(drafted.getJsonArray("signatories").getValuesAs(JsonObject.class)).extracting(s -> s.getString("role"))
                .containsExactly("CHAIR", "MEMBER", "MEMBER", "MEMBER");
        assertThat(drafted.getBoolean("complete")).isFalse();
        assertThat(created(api.get("/api" + at + "/minutes", token(DemoUser.RIDER))).getBoolean("callerMaySign")).isTrue();
        JsonObject signed = created(post(at + "/minutes/signatures", DemoUser.RIDER, null));
        assertThat(signed.getJsonArray("signatories").getValuesAs(JsonObject.class))
                .filteredOn(s -> s.getJsonNumber("membershipId").longValue() == rider).singleElement()
                .satisfies(s -> assertThat(s.getString("signedAt")).isNotBlank());
        assertThat(signed.getBoolean("callerMaySign")).isFalse();
        assertProblem(post(at + "/minutes/signatures", DemoUser.RIDER, null), 409, "already-signed");
        // signed minutes do not change
        assertProblem(put(at + "/minutes", DemoUser.BOARD, minutes.formatted(chair, "[" + rider + "," + doyun + "," + jiwoo + "]")),
                409, "minutes-signed");
        JsonObject chairSigns = created(post(at + "/minutes/signatures", DemoUser.BOARD, null));
        assertThat(chairSigns.getJsonArray("signatories").getValuesAs(JsonObject.class)).filteredOn(s -> s.containsKey("signedAt")).hasSize(2);
        assertThat(chairSigns.getString("proceedings")).isEqualTo("의장 개회 선언 후 안건 2건을 처리함.");
    }

    private HttpResponse<String> put(String path, DemoUser user, String json) {
        return api.send("PUT", "/api" + path, token(user), "application/json", json, Map.of());
    }

    @Test
    void tooManyVotesFromOnePersonInAMinuteAre429WithRetryAfter() {
        long coop = register();
        Instant now = Instant.now();
        JsonObject meeting = created(post("/coops/" + coop + "/meetings", DemoUser.BOARD, meeting("ORDINARY_GENERAL_ASSEMBLY",
                now.plus(Duration.ofDays(8)), now, now.plus(Duration.ofDays(8)))));
        String ballots = "/coops/" + coop + "/meetings/" + meeting.getJsonNumber("id") + "/motions/"
                + meeting.getJsonArray("motions").getJsonObject(0).getJsonNumber("id") + "/ballots";
        // rider2 is no member here: each attempt is refused, and each one counts (the tests allow 60 a minute)
        int limited = 0;
        HttpResponse<String> last = null;
        for (int attempt = 0; attempt < 75; attempt++) {
            last = post(ballots, DemoUser.RIDER2, "{\"choice\":\"YES\"}");
            assertThat(last.statusCode()).isIn(404, 429);
            limited += last.statusCode() == 429 ? 1 : 0;
        }
        assertThat(limited).isGreaterThanOrEqualTo(10);
        JsonObject problem = assertProblem(last, 429, "rate-limited");
        assertThat(problem.getString("detail")).contains("60");
        assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        // others are not held back
        created(post(ballots, DemoUser.RIDER, "{\"choice\":\"NO\"}"));
    }

    @Test
    void aProxyRepresentsOneMemberWithWrittenProofAndCountsThemPresent() {
        long coop = register();
        Instant now = Instant.now();
        JsonObject meeting = created(post("/coops/" + coop + "/meetings", DemoUser.BOARD, meeting("ORDINARY_GENERAL_ASSEMBLY",
                now.plus(Duration.ofDays(8)), now, now.plus(Duration.ofDays(8)))));
        String at = "/coops/" + coop + "/meetings/" + meeting.getJsonNumber("id");
        long motion = meeting.getJsonArray("motions").getJsonObject(0).getJsonNumber("id").longValue();
        long rider = memberId(coop, 1);
        long doyun = memberId(coop, 2);
        long harin = memberId(coop, 3);
        long jiwoo = memberId(coop, 4);
        String proxy = "{\"principalMembershipId\":%d,\"proxyMembershipId\":%d,\"proof\":\"위임장 스캔본 2026-11-26 #12\"}";

        assertProblem(post(at + "/proxies", DemoUser.RIDER, proxy.formatted(doyun, rider)), 403, "forbidden");
        assertProblem(post(at + "/proxies", DemoUser.BOARD, "{\"principalMembershipId\":" + doyun + ",\"proxyMembershipId\":" + rider + "}"),
                400, "validation");
        assertProblem(post(at + "/proxies", DemoUser.BOARD, proxy.formatted(doyun, doyun)), 422, "proxy-self");
        JsonObject registered = created(post(at + "/proxies", DemoUser.BOARD, proxy.formatted(doyun, rider)));
        assertThat(registered.getString("proof")).isEqualTo("위임장 스캔본 2026-11-26 #12");
        assertProblem(post(at + "/proxies", DemoUser.BOARD, proxy.formatted(doyun, memberId(coop, 0))), 409, "proxy-exists");
        // §23③: one proxy represents one member only
        assertProblem(post(at + "/proxies", DemoUser.BOARD, proxy.formatted(harin, rider)), 409, "proxy-taken");
        // a cohabiting family member, with the relationship
        assertProblem(post(at + "/proxies", DemoUser.BOARD, "{\"principalMembershipId\":" + harin
                + ",\"proxyName\":\"정민수\",\"proof\":\"가족관계증명서\"}"), 400, "validation");
        created(post(at + "/proxies", DemoUser.BOARD, "{\"principalMembershipId\":" + harin
                + ",\"proxyName\":\"정민수\",\"relationship\":\"배우자 (동거)\",\"proof\":\"가족관계증명서, 주민등록등본\"}"));
        assertThat(array(api.get("/api" + at + "/proxies", token(DemoUser.BOARD)))).hasSize(2);

        // the rider sees whom they represent; the rider votes for themself, and as 최도윤's proxy
        assertThat(created(api.get("/api" + at, token(DemoUser.RIDER))).getJsonArray("callerRepresents").getValuesAs(JsonObject.class))
                .singleElement().satisfies(p -> assertThat(p.getJsonNumber("membershipId").longValue()).isEqualTo(doyun));
        assertThat(created(api.get("/api" + at, token(DemoUser.BOARD))).getJsonArray("callerRepresents")).isEmpty();
        created(post(at + "/motions/" + motion + "/ballots", DemoUser.RIDER, "{\"choice\":\"YES\"}"));
        created(post(at + "/motions/" + motion + "/ballots", DemoUser.RIDER, "{\"choice\":\"NO\",\"forMembershipId\":" + doyun + "}"));
        assertProblem(post(at + "/motions/" + motion + "/ballots", DemoUser.RIDER, "{\"choice\":\"NO\",\"forMembershipId\":" + doyun + "}"),
                409, "already-voted");
        assertProblem(post(at + "/motions/" + motion + "/ballots", DemoUser.RIDER, "{\"choice\":\"NO\",\"forMembershipId\":" + jiwoo + "}"),
                403, "forbidden");
        // the family member votes in the room; the board enters it as a proxy vote
        created(post(at + "/motions/" + motion + "/room-votes", DemoUser.BOARD,
                "{\"membershipId\":" + harin + ",\"choice\":\"YES\",\"byProxy\":true}"));
        assertProblem(post(at + "/motions/" + motion + "/room-votes", DemoUser.BOARD,
                "{\"membershipId\":" + jiwoo + ",\"choice\":\"YES\",\"byProxy\":true}"), 422, "no-proxy");

        created(post(at + "/close", DemoUser.BOARD, null));
        JsonObject result = array(api.get("/api" + at + "/results", token(DemoUser.BOARD))).getJsonObject(0);
        // 3 of 5 present, 2 of them through a proxy: a quorum
        assertThat(result.getInt("present")).isEqualTo(3);
        assertThat(result.getInt("presentByProxy")).isEqualTo(2);
        assertThat(result.getBoolean("quorate")).isTrue();
        assertThat(List.of(result.getInt("yes"), result.getInt("no"))).containsExactly(2, 1);
        assertThat(result.getString("outcome")).isEqualTo("PASSED");
        assertProblem(post(at + "/proxies", DemoUser.BOARD, proxy.formatted(jiwoo, memberId(coop, 0))), 422, "voting-closed");
    }

    @Test
    void aSpecialResolutionOfTheAssemblyExpelsTheMemberOfAPendingCase() {
        long coop = register();
        long jiwoo = memberId(coop, 4);
        java.time.LocalDate today = org.ridercoop.platform.time.KoreanCalendar.today();
        long caseId = created(post("/coops/" + coop + "/members/" + jiwoo + "/expulsion-cases", DemoUser.BOARD,
                "{\"ground\":\"UNPAID\",\"details\":\"출자금 6개월 미납\",\"noticeGivenOn\":\"" + today
                        + "\",\"assemblyOn\":\"" + today.plusDays(12) + "\"}")).getJsonNumber("id").longValue();
        Instant now = Instant.now();
        String agenda = """
                {"kind":"EXTRAORDINARY_GENERAL_ASSEMBLY","title":"임시총회","startsAt":"%s","place":"조합 사무실","votingOpensAt":"%s",
                 "votingClosesAt":"%s","motions":[{"title":"한지우 조합원 제명","resolution":"%s","expulsionCaseId":%d}]}""";
        String path = "/coops/" + coop + "/meetings";
        // 8 days after the notice is too soon for an expulsion (10 days, §25); an ordinary resolution cannot expel
        assertProblem(post(path, DemoUser.BOARD, agenda.formatted(now.plus(Duration.ofDays(8)), now, now.plus(Duration.ofDays(8)),
                "SPECIAL", caseId)), 422, "notice-period");
        assertProblem(post(path, DemoUser.BOARD, agenda.formatted(now.plus(Duration.ofDays(12)), now, now.plus(Duration.ofDays(12)),
                "ORDINARY", caseId)), 422, "expulsion-special");
        JsonObject meeting = created(post(path, DemoUser.BOARD, agenda.formatted(now.plus(Duration.ofDays(12)), now,
                now.plus(Duration.ofDays(12)), "SPECIAL", caseId)));
        String at = path + "/" + meeting.getJsonNumber("id");
        long motion = meeting.getJsonArray("motions").getJsonObject(0).getJsonNumber("id").longValue();
        created(post(at + "/motions/" + motion + "/ballots", DemoUser.RIDER, "{\"choice\":\"YES\"}"));
        created(post(at + "/motions/" + motion + "/ballots", DemoUser.BOARD, "{\"choice\":\"YES\"}"));
        created(post(at + "/motions/" + motion + "/room-votes", DemoUser.BOARD, "{\"membershipId\":" + memberId(coop, 2) + ",\"choice\":\"YES\"}"));
        created(post(at + "/motions/" + motion + "/room-votes", DemoUser.BOARD, "{\"membershipId\":" + memberId(coop, 3) + ",\"choice\":\"NO\"}"));
        // pending until the assembly decides
        assertThat(created(api.get("/api/coops/" + coop + "/members/" + jiwoo, token(DemoUser.BOARD))).getJsonObject("member")
                .getString("status")).isEqualTo("ACTIVE");
        JsonObject pending = array(api.get("/api/coops/" + coop + "/expulsion-cases", token(DemoUser.BOARD))).getJsonObject(0);
        assertThat(pending.getJsonNumber("membershipId").longValue()).isEqualTo(jiwoo);
        assertThat(pending.getString("name")).isEqualTo("한지우");
        assertThat(pending.getJsonObject("expulsionCase").getJsonNumber("id").longValue()).isEqualTo(caseId);
        assertProblem(api.get("/api/coops/" + coop + "/expulsion-cases", token(DemoUser.RIDER)), 403, "forbidden");
        assertProblem(api.get("/api/coops/" + coop + "/expulsion-cases?state=SOMETIME", token(DemoUser.BOARD)), 400, "validation");

        created(post(at + "/close", DemoUser.BOARD, null));
        // 3 of 4 present in favour: at least two-thirds
        assertThat(array(api.get("/api" + at + "/results", token(DemoUser.BOARD))).getJsonObject(0).getString("outcome")).isEqualTo("PASSED");
        JsonObject expelled = created(api.get("/api/coops/" + coop + "/members/" + jiwoo, token(DemoUser.BOARD)));
        assertThat(expelled.getJsonObject("member").getString("status")).isEqualTo("EXPELLED");
        assertThat(expelled.getJsonArray("expulsionCases").getJsonObject(0).getString("state")).isEqualTo("EXPELLED");
        assertThat(expelled.getJsonObject("refund").getString("state")).isEqualTo("AWAITING_VALUATION");
        assertThat(array(api.get("/api/coops/" + coop + "/expulsion-cases", token(DemoUser.BOARD)))).isEmpty();
        assertThat(array(api.get("/api/coops/" + coop + "/expulsion-cases?state=EXPELLED", token(DemoUser.BOARD)))).hasSize(1);
        assertThat(expelled.getJsonArray("history").getValuesAs(JsonObject.class)).last()
                .satisfies(h -> assertThat(h.getString("reason")).startsWith("special resolution 3/4"));
    }

    @Test
    void aDelegatesAssemblyIsVotedByTheDelegatesInOfficeAtLeastATenthOfTheMembers() {
        long coop = register();
        TestStack.database().runAsRoot("INSERT INTO membership (coop_id, member_number, status, name, email, shares, founder, applied_on, joined_on) "
                + "SELECT " + coop + ", 100 + seq, 'ACTIVE', CONCAT('대의원 후보 ', seq), CONCAT('d', seq, '@coop" + coop + ".example'), 1, FALSE, "
                + "CURRENT_DATE, CURRENT_DATE FROM seq_1_to_206");
        // 211 members: 22 delegates needed
        List<Long> members = array(api.get("/api/coops/" + coop + "/members?status=ACTIVE", token(DemoUser.BOARD))).getValuesAs(JsonObject.class)
                .stream().map(m -> m.getJsonNumber("id").longValue()).toList();
        assertThat(members).hasSize(211);
        java.time.LocalDate today = org.ridercoop.platform.time.KoreanCalendar.today();
        String term = "{\"membershipId\":%d,\"termStart\":\"" + today + "\",\"termEnd\":\"" + today.plusYears(2) + "\"}";
        String delegates = "/coops/" + coop + "/delegates";
        assertProblem(post(delegates, DemoUser.RIDER, term.formatted(members.get(0))), 403, "forbidden");
        assertProblem(post(delegates, DemoUser.BOARD, "{\"membershipId\":" + members.get(0) + ",\"termStart\":\"" + today
                + "\",\"termEnd\":\"" + today.plusYears(5) + "\"}"), 422, "delegate-term");
        assertProblem(post(delegates, DemoUser.BOARD, "{\"membershipId\":" + members.get(0) + ",\"termStart\":\"" + today
                + "\",\"termEnd\":\"" + today + "\"}"), 400, "validation");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            ids.add(created(post(delegates, DemoUser.BOARD, term.formatted(members.get(i)))).getJsonNumber("id").longValue());
        }
        assertProblem(post(delegates, DemoUser.BOARD, term.formatted(members.get(0))), 409, "delegate-exists");
        JsonObject register = created(api.get("/api" + delegates, token(DemoUser.RIDER)));
        assertThat(List.of(register.getInt("members"), register.getInt("needed"), register.getInt("inOffice"))).containsExactly(211, 22, 22);

        // one resigns: 21 of the 22 needed, no delegates' assembly
        created(post(delegates + "/" + ids.get(21) + "/end", DemoUser.BOARD, null));
        assertProblem(post(delegates + "/" + ids.get(21) + "/end", DemoUser.BOARD, null), 409, "delegate-ended");
        Instant now = Instant.now();
        String path = "/coops/" + coop + "/meetings";
        assertProblem(post(path, DemoUser.BOARD, meeting("DELEGATES_ASSEMBLY", now.plus(Duration.ofDays(8)), now, now.plus(Duration.ofDays(8)))),
                422, "delegates-too-few");
        assertThat(array(api.get("/api" + path, token(DemoUser.BOARD)))).isEmpty();
        created(post(delegates, DemoUser.BOARD, term.formatted(members.get(30))));
        JsonObject assembly = created(post(path, DemoUser.BOARD, meeting("DELEGATES_ASSEMBLY", now.plus(Duration.ofDays(8)), now,
                now.plus(Duration.ofDays(8)))));
        assertThat(assembly.getInt("eligibleVoters")).isEqualTo(22);
        // the chair and the demo rider are among the delegates and vote; a member who is no delegate does not
        String at = path + "/" + assembly.getJsonNumber("id");
        assertThat(created(api.get("/api" + at, token(DemoUser.RIDER))).getBoolean("callerEligible")).isTrue();
        long motion = assembly.getJsonArray("motions").getJsonObject(0).getJsonNumber("id").longValue();
        created(post(at + "/motions/" + motion + "/room-votes", DemoUser.BOARD, "{\"membershipId\":" + members.get(30) + ",\"choice\":\"YES\"}"));
        assertProblem(post(at + "/motions/" + motion + "/room-votes", DemoUser.BOARD, "{\"membershipId\":" + members.get(40)
                + ",\"choice\":\"YES\"}"), 403, "forbidden");
        assertProblem(post(at + "/motions/" + motion + "/room-votes", DemoUser.BOARD, "{\"membershipId\":" + members.get(21)
                + ",\"choice\":\"YES\"}"), 403, "forbidden");
        // delegates vote in person: no proxies (§31)
        assertProblem(post(at + "/proxies", DemoUser.BOARD, "{\"principalMembershipId\":" + members.get(2) + ",\"proxyMembershipId\":"
                + members.get(3) + ",\"proof\":\"위임장\"}"), 422, "no-proxies");
    }

    /** 2,000 concurrent votes entered for 1,800 members, 200 of them a second time: one counted per member. */
    @Test
    void twoThousandConcurrentVotesWithDuplicatesCountEachMemberOnce() throws Exception {
        long coop = register();
        TestStack.database().runAsRoot("INSERT INTO membership (coop_id, member_number, status, name, email, shares, founder, applied_on, joined_on) "
                + "SELECT " + coop + ", 100 + seq, 'ACTIVE', CONCAT('member ', seq), CONCAT('bulk', seq, '@coop" + coop + ".example'), 1, FALSE, "
                + "CURRENT_DATE, CURRENT_DATE FROM seq_1_to_1800");
        Instant now = Instant.now();
        JsonObject meeting = created(post("/coops/" + coop + "/meetings", DemoUser.BOARD, meeting("EXTRAORDINARY_GENERAL_ASSEMBLY",
                now.plus(Duration.ofDays(8)), now, now.plus(Duration.ofDays(8)))));
        assertThat(meeting.getInt("eligibleVoters")).isEqualTo(1805);
        String at = "/coops/" + coop + "/meetings/" + meeting.getJsonNumber("id");
        long motion = meeting.getJsonArray("motions").getJsonObject(0).getJsonNumber("id").longValue();
        List<Long> bulk = new ArrayList<>();
        try (Connection app = DriverManager.getConnection(TestStack.database().jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             ResultSet rows = app.createStatement().executeQuery("SELECT id FROM membership WHERE coop_id = " + coop + " AND member_number > 100")) {
            while (rows.next()) {
                bulk.add(rows.getLong(1));
            }
        }
        assertThat(bulk).hasSize(1800);
        List<Long> requests = new ArrayList<>(bulk);
        requests.addAll(bulk.subList(0, 200));
        java.util.Collections.shuffle(requests, new java.util.Random(7));
        String board = token(DemoUser.BOARD);
        ExecutorService pool = Executors.newFixedThreadPool(48);
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            long member = requests.get(i);
            String choice = Choice.values()[(int) (member % 3)].name();
            calls.add(pool.submit(() -> api.send("POST", "/api" + at + "/motions/" + motion + "/room-votes", board, "application/json",
                    "{\"membershipId\":" + member + ",\"choice\":\"" + choice + "\"}", Map.of())));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Future<HttpResponse<String>> call : calls) {
            HttpResponse<String> response = call.get();
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 409) {
                assertProblem(response, 409, "already-voted");
            }
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1800, 409, 200));

        created(post(at + "/close", DemoUser.BOARD, null));
        JsonObject result = array(api.get("/api" + at + "/results", token(DemoUser.BOARD))).getJsonObject(0);
        assertThat(result.getInt("present")).isEqualTo(1800);
        assertThat(result.getInt("yes") + result.getInt("no") + result.getInt("abstain")).isEqualTo(1800);
        long yes = bulk.stream().filter(id -> id % 3 == 0).count();
        assertThat(result.getInt("yes")).isEqualTo((int) yes);
    }
}
