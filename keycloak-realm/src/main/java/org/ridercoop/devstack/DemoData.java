package org.ridercoop.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The demo cooperative of a local run, registered through the API as the demo platform operator (so that it is
 * validated and audited like any other), once: when the platform has no cooperative yet.
 */
public final class DemoData {
    static final String COOPERATIVE = """
            {"nameKo":"대구라이더협동조합","nameRomanized":"Daegu Rider Cooperative","kind":"WORKER",
             "registrationNumber":"504-81-20210","fiscalYearStartMonth":1,"sharePriceWon":50000,
             "articles":{"nonUseMonthsForExpulsion":12,"unpaidMonthsForExpulsion":6,"withdrawalNoticeDays":30},
             "founders":[
              {"name":"박서연","email":"board@ridercoop.example","phone":"010-2021-0001","shares":3,"position":"CHAIR"},
              {"name":"김민준","email":"rider@ridercoop.example","phone":"010-2021-0002","shares":2,"position":"DIRECTOR"},
              {"name":"최도윤","email":"doyun@ridercoop.example","shares":2,"position":"DIRECTOR"},
              {"name":"정하린","email":"harin@ridercoop.example","shares":2,"position":"DIRECTOR"},
              {"name":"한지우","email":"jiwoo@ridercoop.example","shares":2,"position":"AUDITOR"},
              {"name":"이지은","email":"rider2@ridercoop.example","shares":1}]}""";

    private DemoData() {
    }

    private static HttpResponse<String> post(HttpClient client, String url, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        if (json == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException("POST " + url + " answered " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static HttpResponse<String> get(HttpClient client, String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + url + " answered " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static HttpResponse<String> send(HttpClient client, String method, String url, String token, String json)
            throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(method + " " + url + " answered " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    /** Every {@code "id"} in a JSON answer, in order: a list's items, or an object's own id followed by its parts'. */
    static List<Long> ids(String json) {
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        List<Long> ids = new java.util.ArrayList<>();
        while (id.find()) {
            ids.add(Long.parseLong(id.group(1)));
        }
        return ids;
    }

    static long idOf(String json) {
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(id.group(1));
    }

    /** @return what was done, for the banner */
    public static String seed(String apiBase, String issuer) {
        String token = new Tokens(issuer).accessToken(DemoUser.ADMIN);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            // right after start-up the first calls may still be answered by the web app's sign-in redirect
            HttpResponse<String> existing = null;
            for (int attempt = 0; attempt < 60; attempt++) {
                existing = client.send(HttpRequest.newBuilder(URI.create(apiBase + "/coops"))
                        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (existing.statusCode() == 200) {
                    break;
                }
                Thread.sleep(1_000);
            }
            if (existing.statusCode() == 200 && !existing.body().strip().equals("[]")) {
                return "demo data: kept from the last run";
            }
            HttpResponse<String> created = post(client, apiBase + "/coops", token, COOPERATIVE);
            if (created.statusCode() != 201) {
                return "demo data: the API answered " + created.statusCode() + " " + created.body();
            }
            long coopId = idOf(created.body());
            String board = new Tokens(issuer).accessToken(DemoUser.BOARD);
            String coop = apiBase + "/coops/" + coopId;
            // the support centre's consultant may read the register
            post(client, coop + "/consultants", board, "{\"email\":\"consultant@ridercoop.example\",\"name\":\"Jihoon Choi\"}");
            // two applications wait in the board's inbox
            post(client, coop + "/applications", board,
                    "{\"name\":\"윤서준\",\"email\":\"seojun@ridercoop.example\",\"phone\":\"010-2021-0007\",\"shares\":1,\"onBehalf\":true}");
            post(client, coop + "/applications", board,
                    "{\"name\":\"송예린\",\"email\":\"yerin@ridercoop.example\",\"shares\":2,\"onBehalf\":true}");
            // a newer member paying their shares in instalments (their Keycloak account is created on approval)
            HttpResponse<String> applied = post(client, coop + "/applications", board,
                    "{\"name\":\"임채원\",\"email\":\"chaewon@ridercoop.example\",\"shares\":2,\"onBehalf\":true}");
            long newcomer = idOf(applied.body());
            post(client, coop + "/applications/" + newcomer + "/approval", board, null);
            post(client, coop + "/members/" + newcomer + "/capital/payments", board,
                    "{\"amountWon\":30000,\"paidOn\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")) + "\",\"note\":\"1회차\"}");
            List<Long> members = ids(get(client, coop + "/members?status=ACTIVE", board).body());
            long rider = members.get(1);
            long doyun = members.get(2);
            long harin = members.get(3);
            long rider2 = members.get(5);
            // this month's board meeting, held and closed: its results and minutes, which the rider has still to sign
            java.time.Instant now = java.time.Instant.now();
            String held = post(client, coop + "/meetings", board, """
                    {"kind":"BOARD_MEETING","title":"11월 정기 이사회","startsAt":"%s","place":"조합 사무실 회의실",
                     "votingOpensAt":"%s","votingClosesAt":"%s",
                     "motions":[{"title":"12월 공동 배달 구역 조정안","details":"북구·동구 야간 구역 통합","resolution":"ORDINARY"},
                                {"title":"안전 장비(헬멧·조끼) 공동 구매","details":"1인당 8만 원 한도","resolution":"ORDINARY"}]}"""
                    .formatted(now.plus(java.time.Duration.ofMinutes(5)), now, now.plus(java.time.Duration.ofHours(2)))).body();
            List<Long> heldIds = ids(held);
            String boardMeeting = coop + "/meetings/" + heldIds.get(0);
            for (int motion = 1; motion <= 2; motion++) {
                String votes = boardMeeting + "/motions/" + heldIds.get(motion);
                post(client, votes + "/ballots", board, "{\"choice\":\"YES\"}");
                post(client, votes + "/room-votes", board, "{\"membershipId\":" + doyun + ",\"choice\":\"YES\"}");
                post(client, votes + "/room-votes", board, "{\"membershipId\":" + harin + ",\"choice\":" + (motion == 1 ? "\"NO\"" : "\"YES\"") + "}");
            }
            post(client, boardMeeting + "/close", board, null);
            send(client, "PUT", boardMeeting + "/minutes", board, """
                    {"chairMembershipId":%d,"signatoryMembershipIds":[%d,%d,%d],
                     "proceedings":"이사장이 성원을 확인하고 개회를 선언함. 구역 조정안은 찬성 2, 반대 1로 가결, 안전 장비 공동 구매는 찬성 3으로 가결됨."}"""
                    .formatted(members.get(0), rider, doyun, harin));
            post(client, boardMeeting + "/minutes/signatures", board, null);
            // the ordinary general assembly, called with 10 days' notice; online voting is open until it starts
            java.time.Instant assembly = now.plus(java.time.Duration.ofDays(10));
            post(client, coop + "/meetings", board, """
                    {"kind":"ORDINARY_GENERAL_ASSEMBLY","title":"2026년 정기총회","startsAt":"%s","place":"대구 북구 조합 사무실",
                     "votingOpensAt":"%s","votingClosesAt":"%s",
                     "motions":[{"title":"2026년 결산 및 2027년 사업계획 승인","resolution":"ORDINARY"},
                                {"title":"정관 변경: 심야 배달 제한 시각을 밤 12시로","details":"제31조 (안전 규정)","resolution":"SPECIAL"},
                                {"title":"이사 선출 (2명)","details":"임기 2년","election":{"office":"DIRECTOR","seats":2,"tieRule":"LOT",
                                 "candidateMembershipIds":[%d,%d,%d]}}]}"""
                    .formatted(assembly, now, assembly, doyun, harin, rider2));
            // dues: the standard 10,000 won a month, this month billed; the rider paid, 최도윤 half
            java.time.LocalDate firstOfMonth = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).withDayOfMonth(1);
            post(client, coop + "/dues/plans", board,
                    "{\"name\":\"월 회비\",\"monthlyWon\":10000,\"standard\":true,\"startsOn\":\"" + firstOfMonth + "\"}");
            post(client, coop + "/dues/billing-runs", board, "{\"month\":\"" + java.time.YearMonth.from(firstOfMonth) + "\"}");
            String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).toString();
            post(client, coop + "/members/" + rider + "/dues/payments", board,
                    "{\"amountWon\":10000,\"paidOn\":\"" + today + "\",\"method\":\"TRANSFER\",\"reference\":\"국민은행\"}");
            post(client, coop + "/members/" + doyun + "/dues/payments", board,
                    "{\"amountWon\":5000,\"paidOn\":\"" + today + "\",\"method\":\"CASH\"}");
            return "demo data: 대구라이더협동조합 registered with 6 founders (chair: board, director: rider, member: rider2), "
                    + "a member paying in instalments, 2 applications waiting, read access for consultant, "
                    + "a board meeting held with minutes for rider to sign, "
                    + "the general assembly called (notices e-mailed) with online voting open, a directors' election among them, "
                    + "this month's dues billed (rider paid, 최도윤 half)";
        } catch (IOException e) {
            return "demo data: not loaded (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "demo data: interrupted";
        }
    }
}
