package org.ridercoop.web.shifts.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.coop.boundary.Access;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;
import org.ridercoop.web.platform.api.SignedIn;
import org.ridercoop.web.shifts.control.ShiftsClient;
import org.ridercoop.web.shifts.entity.ImportMapping;
import org.ridercoop.web.shifts.entity.ImportResult;

class ImportPageTest {
    private final List<Object> sent = new ArrayList<>();
    private Problem refusal;

    @Test
    void aRefusedImportShowsEveryBadLineWithItsReason() {
        refusal = new Problem("urn:ridercoop:problem:work-import-rejected", "Import rejected", 422, "2 bad lines; nothing imported",
                List.of(new Problem.FieldError("line 3", "deliveries: not a whole number"),
                        new Problem.FieldError("line 7", "memberNumber: no member 99")));
        ImportPage page = page(true);
        page.load();
        assertThat(page.getHeader()).isEqualTo("라이더번호,시작시각,종료시각,배달건수,주행거리,정산금액");
        page.setPasted("\uFEFF라이더번호,시작시각\n1,2026-11-30 17:00");
        assertThat(page.importCsv()).isNull();
        assertThat((String) sent.getLast()).as("the byte-order mark is dropped").startsWith("라이더번호");
        assertThat(page.getRefusal().messageKey()).isEqualTo("shifts.problem.work-import-rejected");
        assertThat(page.getBadLines()).extracting(Problem.FieldError::field).containsExactly("line 3", "line 7");
        assertThat(page.getResult()).isNull();
    }

    @Test
    void anAcceptedImportShowsItsTotalsAndNothingPastedIsNotSent() {
        ImportPage page = page(true);
        page.load();
        page.setPasted("  ");
        page.importCsv();
        assertThat(sent).isEmpty();
        assertThat(page.getRefusal().messageKey()).isEqualTo("workimport.empty");
        page.setPasted("라이더번호,시작시각\n1,2026-11-30 17:00");
        page.importCsv();
        assertThat(page.getResult().imported()).isEqualTo(36);
        assertThat(page.getRefusal()).isNull();
        assertThat(page.getPasted()).isEmpty();
    }

    @Test
    void onlyTheBoardImports() {
        ImportPage page = page(false);
        page.load();
        assertThat(page.isFound()).isFalse();
        assertThat(page.getLoadProblem().messageKey()).isEqualTo("problem.forbidden");
    }

    private ImportPage page(boolean manager) {
        ImportPage page = new ImportPage();
        page.calls = SignedIn.calls("token");
        page.access = Access.of(manager);
        page.api = Fakes.of(ShiftsClient.class, Map.of(
                "mapping", args -> new ImportMapping("라이더번호", "시작시각", "종료시각", "배달건수", "주행거리", "정산금액"),
                "importCsv", args -> {
                    sent.add(args[2]);
                    if (refusal != null) {
                        throw new ApiProblem(refusal);
                    }
                    return new ImportResult(36, 0, 8640, 450, 1_890_000);
                }));
        page.setCoopParam("7");
        return page;
    }
}
