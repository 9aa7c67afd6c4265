package org.ridercoop.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** Checks that an answer is an RFC 9457 problem of the given status and kind, with nothing internal in it. */
public final class ProblemAssert {
    private ProblemAssert() {
    }

    public static JsonObject assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).as("status of %s", response.uri()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonObject problem = ApiClient.json(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("type")).isEqualTo("urn:ridercoop:problem:" + slug);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "java.", "jakarta.", "org.ridercoop", "at org.");
        return problem;
    }
}
