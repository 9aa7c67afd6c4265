package org.ridercoop.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ridercoop.devstack.DemoUser;
import org.ridercoop.devstack.Tokens;

/**
 * The ballot workload: a cooperative whose members include three demo users, and enough open motions that every
 * request is a first vote of one of them on one motion (each answered 201 with a receipt, nothing refused).
 */
final class Ballots {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final String COOPERATIVE = """
            {"nameKo":"벤치마크협동조합","nameRomanized":"Benchmark Cooperative","kind":"WORKER","registrationNumber":"999-99-00001",
             "fiscalYearStartMonth":1,"sharePriceWon":10000,
             "articles":{"nonUseMonthsForExpulsion":12,"unpaidMonthsForExpulsion":6,"withdrawalNoticeDays":30},
             "founders":[{"name":"박서연","email":"board@ridercoop.example","shares":1,"position":"CHAIR"},
              {"name":"김민준","email":"rider@ridercoop.example","shares":1,"position":"DIRECTOR"},
              {"name":"이지은","email":"rider2@ridercoop.example","shares":1,"position":"DIRECTOR"},
              {"name":"최도윤","email":"doyun@ridercoop.example","shares":1},{"name":"한지우","email":"jiwoo@ridercoop.example","shares":1,"position":"AUDITOR"}]}""";

    private final String api;
    private final long coopId;
    private final List<String> voters;
    private final List<long[]> motions;
    private final AtomicLong next = new AtomicLong();

    private Ballots(String api, long coopId, List<String> voters, List<long[]> motions) {
        this.api = api;
        this.coopId = coopId;
        this.voters = voters;
        this.motions = motions;
    }

    /** Registers the cooperative and calls enough meetings (50 motions each) for about 1,500 ballots a second. */
    static Ballots prepare(String api, String issuer, int seconds) throws IOException, InterruptedException {
        Tokens tokens = new Tokens(issuer);
        HttpClient client = HttpClient.newHttpClient();
        long coopId = id(send(client, api + "/coops", tokens.accessToken(DemoUser.ADMIN), COOPERATIVE));
        List<String> voters = List.of(tokens.accessToken(DemoUser.RIDER), tokens.accessToken(DemoUser.RIDER2), tokens.accessToken(DemoUser.BOARD));
        String board = voters.get(2);
        long wanted = 1_500L * (seconds + Math.max(5, seconds / 2)) / voters.size();
        List<long[]> motions = new ArrayList<>();
        Instant now = Instant.now();
        StringBuilder agenda = new StringBuilder();
        for (int i = 1; i <= 50; i++) {
            agenda.append(i > 1 ? "," : "").append("{\"title\":\"안건 ").append(i).append("\",\"resolution\":\"ORDINARY\"}");
        }
        while (motions.size() < wanted) {
            String body = """
                    {"kind":"BOARD_MEETING","title":"벤치마크 이사회","startsAt":"%s","place":"온라인","votingOpensAt":"%s","votingClosesAt":"%s",
                     "motions":[%s]}""".formatted(now.plus(Duration.ofDays(1)), now, now.plus(Duration.ofDays(1)), agenda);
            String meeting = send(client, api + "/coops/" + coopId + "/meetings", board, body);
            long meetingId = id(meeting);
            Matcher ids = ID.matcher(meeting.substring(meeting.indexOf("\"motions\"")));
            while (ids.find()) {
                motions.add(new long[] {meetingId, Long.parseLong(ids.group(1))});
            }
        }
        return new Ballots(api, coopId, voters, motions);
    }

    /** The next first vote: the next voter, and when each has voted on a motion, the next motion. */
    HttpRequest next() {
        long i = next.getAndIncrement();
        long[] motion = motions.get((int) Math.min(motions.size() - 1, i / voters.size()));
        String voter = voters.get((int) (i % voters.size()));
        return HttpRequest.newBuilder(URI.create(api + "/coops/" + coopId + "/meetings/" + motion[0] + "/motions/" + motion[1] + "/ballots"))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + voter).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"choice\":\"" + (i % 3 == 0 ? "NO" : "YES") + "\"}")).build();
    }

    private static String send(HttpClient client, String url, String token, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("POST " + url + " answered " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static long id(String json) {
        Matcher id = ID.matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(id.group(1));
    }
}
