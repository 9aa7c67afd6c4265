package org.ridercoop.web.dues.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.coop.boundary.Access;
import org.ridercoop.web.dues.Dues;
import org.ridercoop.web.dues.control.DuesClient;
import org.ridercoop.web.dues.entity.StatementProblem;
import org.ridercoop.web.dues.entity.StatementReport;
import org.ridercoop.web.membership.Members;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;
import org.ridercoop.web.platform.api.SignedIn;

class BankImportPageTest {
    private static final String STATEMENT = "거래일자,입금액,출금액,적요\n2026-11-20,10000,,#2 김민준\n2026-11-21,5000,,홍길동\n2026-11-21,,30000,카드대금\n";
    private static final StatementReport REPORT = new StatementReport(1, 10_000, 0, 1, 1, List.of(
            new StatementReport.Line(2, Dues.TODAY, 10_000L, "#2 김민준", StatementReport.RECORDED, 21L, null),
            new StatementReport.Line(3, Dues.TODAY, 5_000L, "홍길동", StatementReport.UNMATCHED, null, "no current member with this number or name"),
            new StatementReport.Line(4, null, 0L, "카드대금", StatementReport.NOT_A_DEPOSIT, null, null)));
    private final List<Object[]> sent = new ArrayList<>();

    @Test
    void theFileGoesToTheApiAsTextWithTheUsualColumnsAndTheUnmatchedComeFirst() {
        BankImportPage page = page(true, null);
        page.load();
        page.setFile(part("statement.csv", STATEMENT.getBytes(Charset.forName("x-windows-949"))));
        page.setDateColumn(" ");
        page.importStatement();
        assertThat(sent).singleElement().satisfies(args -> {
            assertThat(args[1]).isEqualTo(7L);
            assertThat(List.of(args[2], args[3], args[4])).as("a column left blank is the usual one").containsExactly("거래일자", "입금액", "적요");
            assertThat(args[5]).as("CP949 read as Korean").isEqualTo(STATEMENT);
        });
        assertThat(page.getReport()).isEqualTo(REPORT);
        assertThat(page.getRefusal()).isNull();
        assertThat(page.getFileName()).isEqualTo("statement.csv");
        assertThat(page.getLines()).extracting(StatementReport.Line::line).containsExactly(3, 2, 4);
        assertThat(page.member(REPORT.lines().getFirst())).isEqualTo("2. 김민준");
        assertThat(page.member(REPORT.lines().get(1))).isEmpty();
        assertThat(page.reasonKey(REPORT.lines().get(1))).isEqualTo("import.reason.nomatch");
        assertThat(page.encode("홍 길동")).isEqualTo("%ED%99%8D+%EA%B8%B8%EB%8F%99");
    }

    @Test
    void withoutAFileThePastedTextIsSentAndOtherColumnNamesAsTyped() {
        BankImportPage page = page(true, null);
        page.load();
        page.setFile(part("", new byte[0]));
        page.setPasted("일자,금액,보낸분\n2026-11-20,10000,김민준\n");
        page.setDateColumn("일자");
        page.setAmountColumn(" 금액 ");
        page.setPayerColumn("보낸분");
        assertThat(page.isColumnsOpen()).isTrue();
        page.importStatement();
        assertThat(List.of(sent.getFirst()[2], sent.getFirst()[3], sent.getFirst()[4])).containsExactly("일자", "금액", "보낸분");
        assertThat(page.getFileName()).isNull();
    }

    @Test
    void nothingToSendOrASpreadsheetIsSaidBeforeAskingTheApi() {
        BankImportPage page = page(true, null);
        page.load();
        assertThat(page.isColumnsOpen()).isFalse();
        page.importStatement();
        assertThat(page.getRefusal().messageKey()).isEqualTo("import.file.empty");
        page.setFile(part("statement.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2}));
        page.importStatement();
        assertThat(page.getRefusal().messageKey()).isEqualTo("import.file.spreadsheet");
        assertThat(sent).isEmpty();
    }

    @Test
    void unreadableLinesAreNamedOneByOneAndNothingIsReported() {
        BankImportPage page = page(true, new Problem("urn:ridercoop:problem:statement-unreadable", null, 422,
                "Nothing was recorded. line 3: the day \"어제\" is not a date (e.g. 2026-11-03); line 4: the amount \"1.5\" is not a whole number of won",
                null));
        page.load();
        page.setPasted(STATEMENT);
        page.importStatement();
        assertThat(page.getReport()).isNull();
        assertThat(page.getRefusal().messageKey()).isEqualTo("import.unreadable");
        assertThat(page.getRefusal().detail()).as("the lines say it all").isNull();
        assertThat(page.getUnreadable().lines()).extracting(StatementProblem.BadLine::line).containsExactly(3, 4);
        assertThat(page.getUnreadable().lines()).extracting(StatementProblem.BadLine::kind).containsExactly("day", "amount");
    }

    @Test
    void aMissingColumnIsShownByTheColumnsOpened() {
        BankImportPage page = page(true, new Problem("urn:ridercoop:problem:validation", null, 400, "invalid",
                List.of(new Problem.FieldError("columns", "the statement has no column \"적요\" (its columns: 일자, 금액, 보낸분)"))));
        page.load();
        page.setPasted(STATEMENT);
        page.importStatement();
        assertThat(page.getRefusal().messageKey()).isEqualTo("problem.fields");
        assertThat(page.fieldError("columns")).contains("적요");
        assertThat(page.isColumnsOpen()).isTrue();
    }

    @Test
    void theReasonsOfAnUnmatchedDepositAreSaidInTheReadersLanguageWhereKnown() {
        BankImportPage page = page(true, null);
        assertThat(page.reasonKey(line("no current member with this number"))).isEqualTo("import.reason.nonumber");
        assertThat(page.reasonKey(line("two or more members have this name; ask them to write their member number (#12)")))
                .isEqualTo("import.reason.ambiguous");
        assertThat(page.reasonKey(line("something the API says now"))).isNull();
        assertThat(page.reasonKey(line(null))).isNull();
    }

    @Test
    void onlyTheBoardImports() {
        BankImportPage page = page(false, null);
        page.load();
        assertThat(page.isManager()).isFalse();
    }

    private static StatementReport.Line line(String reason) {
        return new StatementReport.Line(3, Dues.TODAY, 5_000L, "홍길동", StatementReport.UNMATCHED, null, reason);
    }

    private static Part part(String name, byte[] bytes) {
        return Fakes.of(Part.class, Map.of(
                "getSize", args -> (long) bytes.length,
                "getSubmittedFileName", args -> name,
                "getInputStream", args -> new ByteArrayInputStream(bytes)));
    }

    private BankImportPage page(boolean manager, Problem refusal) {
        BankImportPage page = new BankImportPage();
        page.setCoopParam("7");
        page.calls = SignedIn.calls("token");
        page.access = Access.of(manager);
        page.api = Fakes.of(DuesClient.class, Map.of(
                "members", args -> {
                    if (!manager) {
                        throw new AssertionError("the register is the board's");
                    }
                    return List.of(Members.active(21, 2, "김민준", 2), Members.active(23, 3, "최도윤", 2));
                },
                "importStatement", args -> {
                    sent.add(args);
                    if (refusal != null) {
                        throw new ApiProblem(refusal);
                    }
                    return REPORT;
                }));
        return page;
    }
}
