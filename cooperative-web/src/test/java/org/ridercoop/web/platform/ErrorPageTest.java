package org.ridercoop.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

class ErrorPageTest {

    @Test
    void anExpiredViewSaysSoWhateverTheStatus() {
        Throwable wrapped = new ServletException(new FacesException(new ViewExpiredException("gone", "/home.xhtml")));
        assertThat(ErrorPage.reason(500, wrapped)).isEqualTo("expired");
    }

    @Test
    void statusesMapToFewPlainMessages() {
        assertThat(ErrorPage.reason(404, null)).isEqualTo("404");
        assertThat(ErrorPage.reason(405, null)).isEqualTo("404");
        assertThat(ErrorPage.reason(403, null)).isEqualTo("403");
        assertThat(ErrorPage.reason(401, null)).isEqualTo("signin");
        assertThat(ErrorPage.reason(500, new IllegalStateException("boom"))).isEqualTo("500");
        assertThat(ErrorPage.reason(503, null)).isEqualTo("500");
    }
}
