package org.ridercoop.membership.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ridercoop.membership.entity.Articles;
import org.ridercoop.membership.entity.BoardPosition;
import org.ridercoop.membership.entity.Cooperative;
import org.ridercoop.membership.entity.CooperativeKind;
import org.ridercoop.membership.entity.Membership;
import org.ridercoop.membership.entity.Position;

class BoundaryRulesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    private static Membership member(long id, int number, String name, int shares) throws ReflectiveOperationException {
        Membership membership = Membership.founder(1, number, name, "m" + id + "@ridercoop.example", null, shares, DAY);
        Field field = Membership.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(membership, id);
        return membership;
    }

    @Test
    void chairTermsCountAsConsecutiveUpToAGapOfNinetyDays() throws Exception {
        Membership chair = member(1, 1, "박서연", 1);
        BoardPosition first = new BoardPosition(chair, Position.CHAIR, DAY, DAY.plusYears(2).minusDays(1));
        BoardPosition second = new BoardPosition(chair, Position.CHAIR, DAY.plusYears(2).plusDays(60), DAY.plusYears(4));
        List<BoardPosition> latestFirst = List.of(second, first);
        assertThat(BoardResource.consecutiveTermsBefore(latestFirst, DAY.plusYears(4).plusDays(1))).isEqualTo(2);
        // a pause of more than 90 days starts a new run
        assertThat(BoardResource.consecutiveTermsBefore(latestFirst, DAY.plusYears(4).plusDays(92))).isZero();
        // the first term's last day is DAY + 2 years - 1 day: a start 90 days later still follows it, 91 days later not
        assertThat(BoardResource.consecutiveTermsBefore(List.of(first), DAY.plusYears(2).plusDays(89))).isEqualTo(1);
        assertThat(BoardResource.consecutiveTermsBefore(List.of(first), DAY.plusYears(2).plusDays(90))).isZero();
    }

    @Test
    void theCsvRegisterQuotesCellsDefusesFormulasAndTotalsCurrentMembers() throws Exception {
        assertThat(org.ridercoop.platform.csv.SpreadsheetCsv.cell("김, 민준")).isEqualTo("\"김, 민준\"");
        assertThat(org.ridercoop.platform.csv.SpreadsheetCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(org.ridercoop.platform.csv.SpreadsheetCsv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
        assertThat(org.ridercoop.platform.csv.SpreadsheetCsv.cell("-5")).isEqualTo("-5");

        Cooperative coop = new Cooperative("대구라이더협동조합", "Daegu", CooperativeKind.WORKER, "504-81-1", 1, 50_000,
                new Articles(12, 6, 30), java.time.Instant.EPOCH);
        Membership active = member(1, 1, "박서연", 3);
        active.pay(150_000, 50_000, DAY, "x", null);
        Membership gone = member(2, 2, "김민준", 2);
        gone.giveNotice(DAY, 0, "x");
        gone.completeWithdrawal("x");
        String csv = RegisterResource.csv(coop, List.of(active, gone));
        assertThat(csv).startsWith("\uFEFF조합원번호,성명,가입일,출자좌수,출자금(원),납입출자금(원),상태");
        assertThat(csv.split("\r\n")).containsExactly(
                "\uFEFF조합원번호,성명,가입일,출자좌수,출자금(원),납입출자금(원),상태,탈퇴·제명일",
                "1,박서연,2026-01-01,3,150000,150000,조합원,",
                "2,김민준,2026-01-01,2,100000,0,탈퇴,2026-01-01",
                "합계(현 조합원),,,3,150000,150000,,");
    }
}
