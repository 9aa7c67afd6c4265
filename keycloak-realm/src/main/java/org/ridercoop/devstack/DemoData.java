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

    /**
     * Zones, the weekly template, this week's and next week's shifts (the rider holds two tomorrow, rider2 asks for
     * cover), a sign-up window for the week after, a week of work imported from a platform export and one record of
     * the rider's waiting for the board.
     */
    private static String shifts(HttpClient client, String coop, String board, String issuer) throws IOException, InterruptedException {
        java.time.ZoneId korea = java.time.ZoneId.of("Asia/Seoul");
        java.time.LocalDate today = java.time.LocalDate.now(korea);
        java.time.LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        long north = idOf(post(client, coop + "/zones", board, "{\"name\":\"북구\"}").body());
        long east = idOf(post(client, coop + "/zones", board, "{\"name\":\"동구\"}").body());
        long suseong = idOf(post(client, coop + "/zones", board, "{\"name\":\"수성구\"}").body());
        StringBuilder slots = new StringBuilder();
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            slots.append(slots.isEmpty() ? "" : ",").append("""
                    {"zoneId":%d,"dayOfWeek":"%s","start":"11:00","end":"15:00","ridersWanted":2},
                    {"zoneId":%d,"dayOfWeek":"%s","start":"17:00","end":"21:00","ridersWanted":3},
                    {"zoneId":%d,"dayOfWeek":"%s","start":"17:00","end":"21:00","ridersWanted":2}""".formatted(north, day, north, day, east, day));
            if (day == java.time.DayOfWeek.FRIDAY || day == java.time.DayOfWeek.SATURDAY) {
                slots.append(",{\"zoneId\":%d,\"dayOfWeek\":\"%s\",\"start\":\"21:00\",\"end\":\"24:00\",\"ridersWanted\":1}".formatted(suseong, day));
            }
        }
        send(client, "PUT", coop + "/shift-template", board, "{\"slots\":[" + slots + "]}");
        for (int week = 0; week <= 2; week++) {
            post(client, coop + "/shifts/from-template", board, "{\"weekOf\":\"" + monday.plusWeeks(week) + "\"}");
        }
        // tomorrow: the rider takes the lunch and the dinner in 북구
        java.time.LocalDate tomorrow = today.plusDays(1);
        List<Long> next = ids(get(client, coop + "/shifts?from=" + tomorrow + "&to=" + tomorrow, board).body());
        Tokens tokens = new Tokens(issuer);
        String riderToken = tokens.accessToken(DemoUser.RIDER);
        String rider2Token = tokens.accessToken(DemoUser.RIDER2);
        post(client, coop + "/shifts/" + next.get(0) + "/claims", riderToken, "{}");
        post(client, coop + "/shifts/" + next.get(1) + "/claims", riderToken, "{}");
        // the day after, rider2 cannot make the evening in 동구 and asks for cover: the rider may take it from the pool
        List<Long> after = ids(get(client, coop + "/shifts?from=" + tomorrow.plusDays(1) + "&to=" + tomorrow.plusDays(1), board).body());
        post(client, coop + "/shifts/" + after.get(2) + "/claims", rider2Token, "{}");
        post(client, coop + "/shifts/" + after.get(2) + "/offer", rider2Token, "{\"urgent\":true,\"reason\":\"아이가 아파서 병원에 가야 합니다\"}");
        post(client, coop + "/shifts/" + next.get(1) + "/claims", board, "{}");
        // the week after next is shared out fairly: requests until Friday
        java.time.LocalDate later = monday.plusWeeks(2);
        long window = idOf(post(client, coop + "/signup-windows", board, "{\"weekOf\":\"" + later + "\",\"closesAt\":\""
                + later.minusDays(2).atTime(18, 0).atZone(korea).toInstant() + "\"}").body());
        List<Long> wanted = ids(get(client, coop + "/shifts?from=" + later.plusDays(4) + "&to=" + later.plusDays(5), board).body());
        send(client, "PUT", coop + "/signup-windows/" + window + "/requests", rider2Token,
                "{\"shiftIds\":[" + wanted.get(1) + "," + wanted.get(0) + "]}");
        // last week's work, as a delivery platform exports it; and the rider's own record of yesterday, to confirm
        StringBuilder csv = new StringBuilder("라이더번호,시작시각,종료시각,배달건수,주행거리,정산금액\n");
        for (int day = 7; day >= 2; day--) {
            java.time.LocalDate worked = today.minusDays(day);
            for (int number = 1; number <= 6; number++) {
                int deliveries = 8 + (number * 7 + day * 3) % 9;
                csv.append(number).append(',').append(worked).append(number % 2 == 0 ? " 11:00," : " 17:00,").append(worked)
                        .append(number % 2 == 0 ? " 15:00," : " 21:00,").append(deliveries).append(',').append(deliveries * 3 + 0.5).append(",\"")
                        .append(String.format(java.util.Locale.ROOT, "%,d", deliveries * 4_200)).append("\"\n");
            }
        }
        HttpResponse<String> imported = client.send(HttpRequest.newBuilder(URI.create(coop + "/work-records/imports"))
                .header("Authorization", "Bearer " + board).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (imported.statusCode() != 200) {
            throw new IOException("the work import answered " + imported.statusCode() + " " + imported.body());
        }
        // the pooled income of that week, split by the work: prepared by the chair, approved by the operator, posted and paid
        String run = post(client, coop + "/payout-runs", board, """
                {"periodStart":"%s","periodEnd":"%s","incomes":[{"label":"배달 플랫폼 정산","amountWon":1850000},{"label":"대구시 지원금","amountWon":300000}],
                 "deductions":[{"label":"단체 상해보험","amountWon":60000}]}""".formatted(today.minusDays(7), today.minusDays(2))).body();
        long runId = idOf(run);
        post(client, coop + "/payout-runs/" + runId + "/approve", tokens.accessToken(DemoUser.ADMIN), "{}");
        post(client, coop + "/payout-runs/" + runId + "/post", board, "{}");
        post(client, coop + "/payout-runs/" + runId + "/payments", board, "{}");
        java.time.Instant yesterday = today.minusDays(1).atTime(17, 0).atZone(korea).toInstant();
        post(client, coop + "/work-records", riderToken, "{\"startedAt\":\"" + yesterday + "\",\"endedAt\":\"" + yesterday.plusSeconds(4 * 3600)
                + "\",\"deliveries\":14,\"distanceKm\":38.2,\"incomeWon\":61000}");
        return "3 zones with this week's and the next two weeks' shifts (rider on two tomorrow, rider2 asking for cover, "
                + "a sign-up window open for the week of " + later + "), last week's work imported and its pooled income paid out, "
                + "the rider's record waiting";
    }

    private static final int FISCAL_YEAR = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).getYear() - 1;

    /**
     * Last fiscal year's work (a fortnight of December, from a platform export) and the board's proposal for that
     * year's surplus: 10% to the legal reserve, a voluntary reserve, 3,000,000 won of patronage dividends, the rest
     * carried forward. The cooperative was founded this year, so no capital was held last year: no capital dividend.
     */
    private static long surplus(HttpClient client, String coop, String board) throws IOException, InterruptedException {
        StringBuilder csv = new StringBuilder("라이더번호,시작시각,종료시각,배달건수,주행거리,정산금액\n");
        for (int day = 1; day <= 14; day++) {
            java.time.LocalDate worked = java.time.LocalDate.of(FISCAL_YEAR, 12, day);
            for (int number = 1; number <= 6; number++) {
                if ((day + number) % 4 == 0) {
                    continue;
                }
                int deliveries = 10 + (number * 5 + day * 3) % 11;
                csv.append(number).append(',').append(worked).append(" 17:00,").append(worked).append(" 21:00,").append(deliveries)
                        .append(',').append(deliveries * 3).append(',').append(deliveries * 4_000).append('\n');
            }
        }
        HttpResponse<String> imported = client.send(HttpRequest.newBuilder(URI.create(coop + "/work-records/imports"))
                .header("Authorization", "Bearer " + board).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (imported.statusCode() != 200) {
            throw new IOException("last year's work import answered " + imported.statusCode() + " " + imported.body());
        }
        return idOf(post(client, coop + "/surplus-proposals", board, """
                {"fiscalYear":%d,"netIncomeWon":8600000,"opening":{"retainedWon":0,"voluntaryWon":0,"legalWon":0,"lossWon":0},
                 "legalReserveWon":860000,"voluntaryReserveWon":1000000,"patronageDividendWon":3000000,"capitalDividendWon":0,
                 "note":"%d 회계연도 결산: 공동 배달 계약 수익. 이사회 의결"}""".formatted(FISCAL_YEAR, FISCAL_YEAR)).body());
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
            // last fiscal year's surplus: the board's proposal goes to the general assembly below
            long surplus = surplus(client, coop, board);
            // the ordinary general assembly, called with 10 days' notice; online voting is open until it starts
            java.time.Instant assembly = now.plus(java.time.Duration.ofDays(10));
            post(client, coop + "/meetings", board, """
                    {"kind":"ORDINARY_GENERAL_ASSEMBLY","title":"2026년 정기총회","startsAt":"%s","place":"대구 북구 조합 사무실",
                     "votingOpensAt":"%s","votingClosesAt":"%s",
                     "motions":[{"title":"2026년 결산 및 2027년 사업계획 승인","resolution":"ORDINARY"},
                                {"title":"정관 변경: 심야 배달 제한 시각을 밤 12시로","details":"제31조 (안전 규정)","resolution":"SPECIAL"},
                                {"title":"이사 선출 (2명)","details":"임기 2년","election":{"office":"DIRECTOR","seats":2,"tieRule":"LOT",
                                 "candidateMembershipIds":[%d,%d,%d]}},
                                {"title":"%d년 잉여금 처분안 (이용실적 배당 300만 원)","resolution":"ORDINARY","surplusProposalId":%d}]}"""
                    .formatted(assembly, now, assembly, doyun, harin, rider2, FISCAL_YEAR, surplus));
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
            String shifts = shifts(client, coop, board, issuer);
            return "demo data: 대구라이더협동조합 registered with 6 founders (chair: board, director: rider, member: rider2), "
                    + "a member paying in instalments, 2 applications waiting, read access for consultant, "
                    + "a board meeting held with minutes for rider to sign, "
                    + "the general assembly called (notices e-mailed) with online voting open, a directors' election and last year's "
                    + "surplus proposal (" + FISCAL_YEAR + ", patronage dividends) among them, "
                    + "this month's dues billed (rider paid, 최도윤 half), " + shifts;
        } catch (IOException e) {
            return "demo data: not loaded (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "demo data: interrupted";
        }
    }
}
