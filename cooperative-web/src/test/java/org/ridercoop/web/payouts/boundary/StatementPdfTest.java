package org.ridercoop.web.payouts.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.BaseFont;
import org.ridercoop.web.payouts.entity.Item;
import org.ridercoop.web.payouts.entity.MemberStatement;
import org.ridercoop.web.payouts.entity.Statement;

/** The statement's PDF, read back with PDFBox: what a person sees in it, in Korean and in English. */
class StatementPdfTest {
    static final Instant ISSUED = Instant.parse("2026-06-03T06:30:00Z");

    static Statement statement(String state, Instant paidAt) {
        return new Statement(12, "MAIN", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), state, "INCOME", 1_300_000, 65_000, 80_000,
                1_155_000, List.of(new Item("INCOME", "배달 플랫폼 정산", 1_000_000), new Item("INCOME", "대구시 지원금", 300_000),
                        new Item("DEDUCTION", "단체 상해보험", 50_000), new Item("DEDUCTION", "헬멧 공동구매", 30_000)),
                750, 1_234, 60_000, 28.571428, 330_000, 330, 10_890, 319_110, paidAt);
    }

    static MemberStatement sheet(Statement statement) {
        return new MemberStatement(statement, "대구라이더협동조합", 2, "김민준");
    }

    @Test
    void inKoreanTheStatementHasTheWholeBreakdownInAnEmbeddedSubsetOfAKoreanFont() throws IOException {
        byte[] pdf = StatementPdf.write(sheet(statement("POSTED", null)), Locale.KOREAN, ISSUED);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).as("only the glyphs used are embedded").isLessThan(150_000);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ko");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("정산 명세서 2026. 5. 1. – 2026. 5. 31.");
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansKR-Regular");
            });
            assertThat(text(document)).contains("정산 명세서", "지급 전", "대구라이더협동조합", "2. 김민준", "2026. 5. 1. – 2026. 5. 31.",
                    "근무 시간", "12시간 30분", "배달", "1,234건", "플랫폼 수입", "60,000원", "내 비율", "28.5714%", "내 몫", "330,000원",
                    "원천징수 (3.3%)", "− 10,890원", "지급액", "319,110원", "아직 지급되지 않음",
                    "공동 정산금", "배달 플랫폼 정산", "1,000,000원", "대구시 지원금", "300,000원", "총수입", "1,300,000원",
                    "운영 몫", "− 65,000원", "단체 상해보험", "− 50,000원", "헬멧 공동구매", "− 30,000원", "순 정산금", "1,155,000원",
                    "나누는 방식", "확정된 플랫폼 수입에 비례해 나눕니다", "순 정산금 1,155,000원 × 내 비율 28.5714% = 내 몫 330,000원",
                    "2026. 6. 3. 오후 3:30 발급 · Ridercoop")
                    .doesNotContain("취소됨", "null");
        }
    }

    @Test
    void inEnglishTheWordsAreEnglishTheNamesStayAsTheyAreAndAPaidOneSaysWhen() throws IOException {
        byte[] pdf = StatementPdf.write(sheet(statement("POSTED", Instant.parse("2026-06-02T01:00:00Z"))), Locale.ENGLISH, ISSUED);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(text(document)).contains("Payout statement", "Paid", "Cooperative", "대구라이더협동조합", "Member", "2. 김민준",
                    "Period", "May 1, 2026 – May 31, 2026", "Hours", "12 h 30 min", "1,234 deliveries", "₩60,000", "My share", "28.5714%",
                    "My part", "₩330,000", "Withholding (3.3%)", "− ₩10,890", "Payable", "₩319,110", "Jun 2, 2026, 10:00",
                    "The pool", "배달 플랫폼 정산", "₩1,000,000", "Gross income", "₩1,300,000", "− ₩65,000", "단체 상해보험", "− ₩50,000",
                    "Net pool", "₩1,155,000", "How it is split", "Net pool ₩1,155,000 × my share 28.5714% = my part ₩330,000",
                    "Issued Jun 3, 2026")
                    .doesNotContain("Not paid yet", "REVERSED", "원천징수");
        }
    }

    @Test
    void aReversedStatementSaysSoAtItsHeadAndAcrossThePageItsFiguresStillLegible() throws IOException {
        try (PDDocument korean = Loader.loadPDF(StatementPdf.write(sheet(statement("REVERSED", null)), Locale.KOREAN, ISSUED));
             PDDocument english = Loader.loadPDF(StatementPdf.write(sheet(statement("REVERSED", null)), Locale.ENGLISH, ISSUED))) {
            assertThat(text(korean)).contains("정정됨", "취소됨", "이 정산은 취소되어 정정되었습니다", "319,110원");
            assertThat(text(english)).contains("Corrected", "REVERSED", "This payout was reversed and corrected", "₩319,110");
        }
    }

    @Test
    void withoutTheNamesTheAppCouldNotReadTheStatementIsStillWhole() throws IOException {
        Statement noRate = new Statement(12, "MAIN", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 15), "POSTED", "MIX", 100_000, 0, 0,
                100_000, List.of(), 60, 3, 9_000, 100, 100_000, null, 0, 100_000, null);
        try (PDDocument document = Loader.loadPDF(StatementPdf.write(new MemberStatement(noRate, null, null, null), Locale.KOREAN, ISSUED))) {
            assertThat(text(document)).contains("정산 명세서", "2026. 5. 1. – 2026. 5. 15.", "1시간", "100%", "원천징수", "− 0원", "100,000원",
                    "혼합").doesNotContain("조합원", "null", "()");
        }
    }

    @Test
    void theFontHasAGlyphForEveryCharacterTheStatementsWordsUseInBothLanguages() {
        BaseFont font = StatementPdf.font();
        for (Locale locale : new Locale[] {Locale.KOREAN, Locale.ENGLISH}) {
            ResourceBundle messages = ResourceBundle.getBundle(StatementPdf.MESSAGES, locale);
            for (String key : messages.keySet()) {
                if (!key.startsWith("statement.") && !key.startsWith("payouts.")) {
                    continue;
                }
                messages.getString(key).codePoints().filter(c -> !Character.isWhitespace(c))
                        .forEach(c -> assertThat(font.charExists(c)).as(locale + " " + key + ": " + Character.toString(c)).isTrue());
            }
        }
        for (String sign : new String[] {"−", "–", "₩", "×", "·", "%", "똠", "햏", "뷁"}) {
            assertThat(font.charExists(sign.codePointAt(0))).as(sign).isTrue();
        }
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }
}
