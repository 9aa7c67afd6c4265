package org.ridercoop.web.coop.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;

class RegisterDownloadTest {

    @Test
    void theRegisterIsPassedOnByteForByteWithItsByteOrderMarkAsAFileToSave() throws Exception {
        byte[] csv = ("\uFEFF번호,이름,출자좌수\r\n1,박서연,3\r\n합계,,3\r\n").getBytes(StandardCharsets.UTF_8);
        Fakes.Sent sent = Fakes.response();
        ByteArrayOutputStream written = sent.body();
        Map<String, String> headers = sent.headers();
        HttpServletResponse response = sent.response();

        RegisterDownload.pass("text/csv; charset=UTF-8", new ByteArrayInputStream(csv), 7, LocalDate.of(2026, 3, 5), response);

        assertThat(written.toByteArray()).isEqualTo(csv);
        assertThat(written.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(headers).containsEntry("Content-Type", "text/csv; charset=UTF-8")
                .containsEntry("Content-Disposition", "attachment; filename=\"member-register-7-2026-03-05.csv\"");
    }

    @Test
    void withoutAContentTypeItIsStillUtf8Csv() throws Exception {
        Fakes.Sent sent = Fakes.response();
        Map<String, String> headers = sent.headers();
        HttpServletResponse response = sent.response();
        RegisterDownload.pass(null, new ByteArrayInputStream(new byte[0]), 7, LocalDate.of(2026, 3, 5), response);
        assertThat(headers).containsEntry("Content-Type", "text/csv; charset=UTF-8");
    }
}
