package org.ridercoop.web.dues.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StatementFileTest {
    private static final String STATEMENT = "거래일자,입금액,출금액,적요\r\n2026-11-20,10000,,#2 김민준\r\n";

    @Test
    void utf8WithOrWithoutAByteOrderMarkIsReadAsIs() {
        assertThat(StatementFile.read(STATEMENT.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(STATEMENT);
        StatementFile.Read withBom = StatementFile.read(("\uFEFF" + STATEMENT).getBytes(StandardCharsets.UTF_8));
        assertThat(withBom.isOk()).isTrue();
        assertThat(withBom.text()).as("the byte order mark is not part of the header").isEqualTo(STATEMENT);
    }

    @Test
    void aFileInTheKoreanWindowsCodePageIsReadAsKorean() {
        byte[] cp949 = STATEMENT.getBytes(Charset.forName("x-windows-949"));
        assertThat(StatementFile.read(cp949).text()).isEqualTo(STATEMENT);
        byte[] eucKr = STATEMENT.getBytes(Charset.forName("EUC-KR"));
        assertThat(StatementFile.read(eucKr).text()).isEqualTo(STATEMENT);
    }

    @Test
    void anEmptyFileASpreadsheetAndAHugeFileAreSaidToBeSo() {
        assertThat(StatementFile.read(new byte[0]).problem()).isEqualTo("empty");
        assertThat(StatementFile.read(null).problem()).isEqualTo("empty");
        assertThat(StatementFile.read("  \r\n".getBytes(StandardCharsets.UTF_8)).problem()).isEqualTo("empty");
        assertThat(StatementFile.read(new byte[] {'P', 'K', 3, 4, 20, 0}).problem()).isEqualTo("spreadsheet");
        assertThat(StatementFile.read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}).problem()).isEqualTo("spreadsheet");
        assertThat(StatementFile.read(new byte[StatementFile.MAX_BYTES + 1]).problem()).isEqualTo("too-big");
        // 400,000 Hangul in CP949 are 800 KB, but 1.2 MB once the API gets them as UTF-8
        byte[] korean = "가".repeat(400_000).getBytes(Charset.forName("x-windows-949"));
        assertThat(StatementFile.read(korean).problem()).isEqualTo("too-big");
    }

    @Test
    void pastedTextHasTheSameLimits() {
        assertThat(StatementFile.pasted(STATEMENT).text()).isEqualTo(STATEMENT);
        assertThat(StatementFile.pasted("   ").problem()).isEqualTo("empty");
        assertThat(StatementFile.pasted(null).problem()).isEqualTo("empty");
    }
}
