package org.ridercoop.shifts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.shifts.entity.WorkImport;

class WorkImportTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final Map<Integer, Long> MEMBERS = Map.of(1, 101L, 2, 102L);

    @Test
    void everyBadLineIsNamedWithAllThatIsWrongAndGoodLinesAreRead() {
        String csv = """
                라이더번호,시작시각,종료시각,배달건수,주행거리,정산금액
                1,2026-11-25 10:00,2026-11-25 14:00,12,42.5km,"58,000원"
                7,2026-11-25 10:00,2026-11-25 09:00,-3,abc,1.5
                2,2026-11-25 10:00,2026-11-27 10:00,501,1000.0001,10000001
                1,2026-11-25 10:00,2026-11-25 14:00,12,42.5,58000
                2,2026-11-26 20:00,2026-11-26 23:00,1,1,1
                """;
        WorkImport.Result result = WorkImport.read(csv, WorkImport.DEFAULT_MAPPING, MEMBERS::get, NOW);
        assertThat(result.lines()).singleElement().satisfies(line -> {
            assertThat(line.line()).isEqualTo(2);
            assertThat(line.distanceMetres()).isEqualTo(42_500);
            assertThat(line.incomeWon()).isEqualTo(58_000);
            assertThat(line.startedAt()).isEqualTo(Instant.parse("2026-11-25T01:00:00Z"));
        });
        assertThat(result.problems()).extracting(WorkImport.Problem::line).containsExactly(3, 4, 5, 6);
        assertThat(result.problems().get(0).reason()).contains("no current member has number 7", "ends before it starts", "배달건수: \"-3\"",
                "주행거리: \"abc\"", "정산금액: \"1.5\"");
        assertThat(result.problems().get(1).reason()).contains("longer than 24 hours", "501 is not between 0 and 500", "1000.0001", "more than 10000000 won");
        assertThat(result.problems().get(2).reason()).isEqualTo("the same work as line 2");
        assertThat(result.problems().get(3).reason()).contains("in the future");
    }

    @Test
    void anEmptyFileIsABadFile() {
        assertThat(WorkImport.read("라이더번호,시작시각,종료시각,배달건수,주행거리,정산금액\n", WorkImport.DEFAULT_MAPPING, MEMBERS::get, NOW).problems())
                .singleElement().satisfies(p -> assertThat(p.reason()).contains("no lines"));
    }
}
