package org.ridercoop.web.coop.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.coop.entity.Officer;

class CooperativePageTest {

    @Test
    void onlyAPositiveWholeNumberThatFitsALongIsAnId() {
        assertThat(CooperativePage.parseId("1")).isEqualTo(OptionalLong.of(1));
        assertThat(CooperativePage.parseId("123456789012345678")).isEqualTo(OptionalLong.of(123456789012345678L));
        for (String bad : new String[] {null, "", "0", "-1", "01", "1.0", " 1", "1e3", "abc", "1234567890123456789", "１"}) {
            assertThat(CooperativePage.parseId(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void theChairComesFirstThenTheDirectorsThenTheAuditorsInTheOrderTheApiGave() {
        List<Officer> officers = List.of(officer("AUDITOR", "한지우"), officer("DIRECTOR", "김민준"), officer("TREASURER", "?"),
                officer("CHAIR", "박서연"), officer("DIRECTOR", "최도윤"));

        assertThat(officers.stream().sorted(CooperativePage.BY_POSITION).map(Officer::name))
                .containsExactly("박서연", "김민준", "최도윤", "한지우", "?");
    }

    private static Officer officer(String position, String name) {
        LocalDate start = LocalDate.of(2026, 11, 26);
        return new Officer(1, position, 1, name, start, start.plusYears(4).minusDays(1), null, true);
    }
}
