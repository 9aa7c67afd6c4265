package org.ridercoop.web.dues.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.dues.Dues;

class ArrearsDownloadTest {

    @Test
    void theArrearsArePassedOnByteForByteWithTheByteOrderMarkAsAFileNamedForTheDay() throws Exception {
        byte[] csv = "\uFEFF조합원번호,성명,미납액(원)\r\n3,최도윤,70000\r\n합계,,70000\r\n".getBytes(StandardCharsets.UTF_8);
        Fakes.Sent sent = Fakes.response();
        ByteArrayOutputStream written = sent.body();
        Map<String, String> headers = sent.headers();
        HttpServletResponse response = sent.response();
        ArrearsDownload.pass(null, new ByteArrayInputStream(csv), 7, Dues.TODAY, response);
        assertThat(written.toByteArray()).isEqualTo(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(headers).containsEntry("Content-Type", "text/csv; charset=UTF-8")
                .containsEntry("Content-Disposition", "attachment; filename=\"dues-arrears-7-2026-11-26.csv\"");
    }

    @Test
    void whoMayNotHaveItIsToldAsTheApiSaidOtherFailuresAreOurs() {
        assertThat(ArrearsDownload.passOn(403)).isEqualTo(403);
        assertThat(ArrearsDownload.passOn(404)).isEqualTo(404);
        assertThat(ArrearsDownload.passOn(401)).isEqualTo(401);
        assertThat(ArrearsDownload.passOn(502)).isEqualTo(500);
    }
}
