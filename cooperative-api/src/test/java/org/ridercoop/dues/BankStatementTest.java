package org.ridercoop.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ridercoop.dues.entity.BankStatement;
import org.ridercoop.platform.problem.ProblemException;

class BankStatementTest {
    private static final BankStatement.Columns KOREAN = new BankStatement.Columns("거래일자", "입금액", "적요");

    @Test
    void depositsAreReadWithTheirDayAmountAndPayerWithdrawalsAreNotDeposits() {
        String csv = "\uFEFF거래일자,입금액,출금액,적요\r\n"
                + "2026-11-03 09:12:44,\"10,000\",,#2 김민준\r\n"
                + "2026.11.04,10000원,,최도윤\r\n"
                + "2026/11/05,,30000,카드대금\r\n"
                + "2026-11-06,10000,,최도윤\r\n"
                + "2026-11-06,10000,,최도윤\r\n";
        List<BankStatement.Line> lines = BankStatement.read(csv, KOREAN);
        assertThat(lines).extracting(BankStatement.Line::line).containsExactly(2, 3, 4, 5, 6);
        assertThat(lines.get(0).day()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(lines.get(0).amountWon()).isEqualTo(10_000);
        assertThat(lines.get(1).amountWon()).isEqualTo(10_000);
        assertThat(lines.get(2).deposit()).isFalse();
        // two equal deposits on one day are two payments: their fingerprints differ, and stay the same on a second read
        assertThat(lines.get(3).fingerprint()).isNotEqualTo(lines.get(4).fingerprint());
        assertThat(BankStatement.read(csv, KOREAN).get(4).fingerprint()).isEqualTo(lines.get(4).fingerprint());
    }

    @Test
    void unreadableDaysAndAmountsAreBadLinesAndAMissingColumnIsNamed() {
        List<BankStatement.Line> lines = BankStatement.read("거래일자,입금액,적요\n어제,10000,김민준\n2026-11-03,10000.5,김민준\n2026-02-30,5000,김민준\n", KOREAN);
        assertThat(lines).extracting(BankStatement.Line::problem).allSatisfy(p -> assertThat(p).isNotNull());
        assertThat(lines.get(1).problem()).contains("10000.5");
        assertThatThrownBy(() -> BankStatement.read("날짜,금액,내용\n2026-11-03,1,x\n", KOREAN)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().errors().get(0).message()).contains("거래일자", "날짜, 금액, 내용"));
    }

    @Test
    void aLineIsNumberedAsTheFileShowsItPastBlankLinesAndLineBreaksInCells() {
        String csv = "거래일자,입금액,적요\n2026-11-20,7000,a\n\n2026-11-20,\"7,000\",\"b\nc\"\n어제,7000,d\n";
        List<BankStatement.Line> lines = BankStatement.read(csv, KOREAN);
        assertThat(lines).extracting(BankStatement.Line::line).containsExactly(2, 4, 6);
        assertThat(lines.get(2).problem()).contains("어제");
    }

    @Test
    void theMemberNumberIsWrittenWithAHashOrBeonAndNamesCompareWithoutSpaces() {
        assertThat(BankStatement.memberNumber("#12 김민준")).contains(12);
        assertThat(BankStatement.memberNumber("김민준12번")).contains(12);
        assertThat(BankStatement.memberNumber("김민준 010-1234")).isEqualTo(Optional.empty());
        assertThat(BankStatement.comparable("김 민준")).isEqualTo(BankStatement.comparable("김민준"));
    }
}
