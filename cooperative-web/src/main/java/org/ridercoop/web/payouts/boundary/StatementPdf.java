package org.ridercoop.web.payouts.boundary;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.ridercoop.web.payouts.entity.Item;
import org.ridercoop.web.payouts.entity.MemberStatement;
import org.ridercoop.web.payouts.entity.Statement;
import org.ridercoop.web.platform.Formats;

/**
 * A payout statement as an A4 PDF in the reader's language, with the breakdown of the statement page: who and
 * what period, the member's work, share and part, the withholding at its rate, payable and paid or not; the pool
 * from its incomes to the net; how it was split. A reversed one says so at its head and across every page, its
 * amounts struck through.
 *
 * <p>The text is set in Noto Sans KR, which the build brings with the classes (see the web module's pom): only the
 * glyphs used are embedded, so a statement stays a few dozen kilobytes and reads the same on any machine. Bold is
 * the font's own outline drawn thicker, so that one cut of the font is enough.
 */
public final class StatementPdf {
    static final String FONT = "fonts/400Regular/NotoSansKR_400Regular.ttf";
    static final String MESSAGES = "org.ridercoop.web.i18n.messages";

    private static final Color INK = new Color(0x1c, 0x24, 0x30);
    private static final Color MUTED = new Color(0x5b, 0x65, 0x73);
    private static final Color LINE = new Color(0xdf, 0xe3, 0xdc);
    private static final Color BRAND = new Color(0x0a, 0x51, 0x42);
    private static final Color WARN = new Color(0xa3, 0x34, 0x1c);
    private static final Color WARN_BG = new Color(0xfb, 0xe9, 0xe5);
    private static final Color WATERMARK = new Color(0xf0, 0xc4, 0xba);

    private StatementPdf() {
    }

    /** The statement's PDF, whole: a failure throws before anything is sent, never half a file. */
    public static byte[] write(MemberStatement sheet, Locale locale, Instant issuedAt) {
        Sheet page = new Sheet(sheet.statement(), ResourceBundle.getBundle(MESSAGES, locale), locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
        Document document = new Document(PageSize.A4, 56, 56, 56, 72);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.setPageEvent(new Margins(page.footer(issuedAt), sheet.statement().isReversed() ? page.msg("statement.reversed") : null));
        document.addTitle(page.msg("statement.title") + " " + page.period());
        if (sheet.coopName() != null) {
            document.addAuthor(sheet.coopName());
        }
        document.addCreator("Ridercoop");
        document.open();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
        page.head(document, sheet);
        page.mine(document);
        page.pool(document);
        page.formula(document);
        document.close();
        return out.toByteArray();
    }

    /** The font, read once: a BaseFont keeps no state of the documents it is used in. */
    static BaseFont font() {
        return Glyphs.REGULAR;
    }

    private static final class Glyphs {
        static final BaseFont REGULAR = load();

        private static BaseFont load() {
            try (InputStream in = StatementPdf.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException(FONT + " is not beside the classes: the build copies it there (profile korean-font)");
                }
                return BaseFont.createFont("NotoSansKR-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The words and figures of one statement in one language, and how each part is set. */
    private record Sheet(Statement s, ResourceBundle bundle, Locale locale) {

        String msg(String key, Object... args) {
            String text = bundle.getString(key);
            return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
        }

        String won(long amount) {
            return Formats.won(amount, locale);
        }

        String minus(long amount) {
            return "− " + won(amount);
        }

        String period() {
            return Formats.date(s.periodStart(), locale) + " – " + Formats.date(s.periodEnd(), locale);
        }

        String footer(Instant issuedAt) {
            return msg("statement.issued", Formats.moment(issuedAt, locale));
        }

        void head(Document document, MemberStatement sheet) {
            PdfPTable title = table(new float[] {3, 1});
            title.addCell(cell(new Phrase(msg("statement.title"), font(20, true, INK)), Element.ALIGN_LEFT));
            Color standing = s.isReversed() ? WARN : s.isPaid() ? BRAND : MUTED;
            title.addCell(cell(new Phrase(msg("payouts.standing." + s.getStanding()), font(12, true, standing)), Element.ALIGN_RIGHT));
            document.add(title);

            PdfPTable who = table(new float[] {1, 3});
            who.setSpacingBefore(10);
            if (sheet.coopName() != null) {
                fact(who, msg("statement.coop"), sheet.coopName());
            }
            if (sheet.memberName() != null) {
                fact(who, msg("statement.member"), (sheet.memberNumber() == null ? "" : sheet.memberNumber() + ". ") + sheet.memberName());
            }
            fact(who, msg("statement.period"), period());
            fact(who, msg("statement.standing"), msg("payouts.standing." + s.getStanding()));
            document.add(who);

            if (s.isReversed()) {
                PdfPTable notice = table(new float[] {1});
                notice.setSpacingBefore(12);
                PdfPCell cell = cell(new Phrase(msg("statement.reversed") + " · " + msg("statement.corrected"), font(11, true, WARN)),
                        Element.ALIGN_LEFT);
                cell.setBackgroundColor(WARN_BG);
                cell.setBorder(Rectangle.LEFT);
                cell.setBorderColor(WARN);
                cell.setBorderWidth(3);
                cell.setPadding(8);
                notice.addCell(cell);
                document.add(notice);
            }
        }

        void mine(Document document) {
            PdfPTable figures = section(document, msg("statement.mine"));
            row(figures, msg("payouts.hours"), PayoutsView.hours(s.minutes(), locale), Weight.PLAIN);
            row(figures, msg("payouts.deliveries"), msg("payouts.deliveries.n", s.deliveries()), Weight.PLAIN);
            row(figures, msg("payouts.income"), won(s.incomeWon()), Weight.PLAIN);
            row(figures, msg("payouts.share"), PayoutsView.share(s.getShare()), Weight.PLAIN);
            row(figures, msg("payouts.part"), won(s.amountWon()), Weight.SUM);
            row(figures, PayoutsView.withholding(s.withholdingBp(), locale), minus(s.withholdingWon()), Weight.PLAIN);
            row(figures, msg("payouts.payable"), won(s.payableWon()), Weight.TOTAL);
            row(figures, msg("statement.paid"), s.isPaid() ? Formats.moment(s.paidAt(), locale) : msg("statement.notpaid"), Weight.PLAIN);
            document.add(figures);
        }

        void pool(Document document) {
            PdfPTable figures = section(document, msg("statement.pool"));
            for (Item income : s.getIncomes()) {
                row(figures, income.label(), won(income.amountWon()), Weight.PLAIN);
            }
            row(figures, msg("payouts.gross"), won(s.grossWon()), Weight.SUM);
            row(figures, msg("payouts.operating"), minus(s.operatingWon()), Weight.PLAIN);
            for (Item deduction : s.getDeductions()) {
                row(figures, deduction.label(), minus(deduction.amountWon()), Weight.PLAIN);
            }
            row(figures, msg("payouts.net"), won(s.netWon()), Weight.TOTAL);
            document.add(figures);
        }

        void formula(Document document) {
            section(document, msg("statement.formula"));
            String key = "payouts.formula." + s.formula();
            Paragraph how = new Paragraph();
            how.add(new Phrase(bundle.containsKey(key) ? msg(key) : String.valueOf(s.formula()), font(10.5f, true, INK)));
            if (bundle.containsKey(key + ".text")) {
                how.add(new Phrase(" — " + msg(key + ".text"), font(10.5f, false, INK)));
            }
            document.add(how);
            PdfPTable sum = table(new float[] {1});
            sum.setSpacingBefore(8);
            PdfPCell cell = cell(new Phrase(msg("statement.sum", won(s.netWon()), PayoutsView.share(s.getShare()), won(s.amountWon())),
                    font(10.5f, false, INK)), Element.ALIGN_LEFT);
            cell.setBorder(Rectangle.BOX);
            cell.setBorderColor(LINE);
            cell.setPadding(8);
            sum.addCell(cell);
            document.add(sum);
        }

        /** A part's heading, and the table of its figures (added by the caller once filled). */
        private PdfPTable section(Document document, String heading) {
            Paragraph title = new Paragraph(heading, font(13, true, INK));
            title.setSpacingBefore(18);
            title.setSpacingAfter(4);
            document.add(title);
            return table(new float[] {3, 2});
        }

        private void fact(PdfPTable table, String label, String value) {
            PdfPCell name = cell(new Phrase(label, font(10, false, MUTED)), Element.ALIGN_LEFT);
            PdfPCell text = cell(new Phrase(value, font(10.5f, false, INK)), Element.ALIGN_LEFT);
            name.setPaddingBottom(3);
            text.setPaddingBottom(3);
            table.addCell(name);
            table.addCell(text);
        }

        private void row(PdfPTable table, String label, String value, Weight weight) {
            boolean total = weight == Weight.TOTAL;
            float size = total ? 12 : 10.5f;
            Font labelFont = font(size, weight != Weight.PLAIN, total ? INK : MUTED);
            Font valueFont = font(size, weight != Weight.PLAIN, s.isReversed() ? MUTED : INK);
            if (s.isReversed()) {
                // as on the page: a corrected statement's figures are struck through, still legible
                valueFont.setStyle(valueFont.getStyle() | Font.STRIKETHRU);
            }
            PdfPCell name = cell(new Phrase(label, labelFont), Element.ALIGN_LEFT);
            PdfPCell amount = cell(new Phrase(value, valueFont), Element.ALIGN_RIGHT);
            for (PdfPCell c : new PdfPCell[] {name, amount}) {
                c.setPaddingTop(5);
                c.setPaddingBottom(6);
                if (total) {
                    c.setBorder(Rectangle.TOP);
                    c.setBorderColor(INK);
                    c.setBorderWidth(1.5f);
                } else {
                    c.setBorder(Rectangle.BOTTOM);
                    c.setBorderColor(LINE);
                    c.setBorderWidth(0.5f);
                }
                table.addCell(c);
            }
        }

        private static PdfPTable table(float[] widths) {
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setSplitLate(false);
            return table;
        }

        private static PdfPCell cell(Phrase phrase, int alignment) {
            PdfPCell cell = new PdfPCell(phrase);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setHorizontalAlignment(alignment);
            cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
            cell.setPaddingLeft(0);
            cell.setPaddingRight(0);
            return cell;
        }
    }

    private enum Weight { PLAIN, SUM, TOTAL }

    private static Font font(float size, boolean bold, Color color) {
        return new Font(font(), size, bold ? Font.BOLD : Font.NORMAL, color);
    }

    /** Every page: the line of who issued it and when; a reversed statement's word across the page, behind the text. */
    private static final class Margins extends PdfPageEventHelper {
        private final String footer;
        private final String watermark;

        Margins(String footer, String watermark) {
            this.footer = footer;
            this.watermark = watermark;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            if (watermark != null) {
                ColumnText.showTextAligned(writer.getDirectContentUnder(), Element.ALIGN_CENTER,
                        new Phrase(watermark, font(88, true, WATERMARK)), page.getWidth() / 2, page.getHeight() / 2, 45);
            }
            PdfContentByte over = writer.getDirectContent();
            ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase(footer, font(8.5f, false, MUTED)),
                    document.leftMargin(), document.bottomMargin() - 28, 0);
            ColumnText.showTextAligned(over, Element.ALIGN_RIGHT, new Phrase(String.valueOf(writer.getPageNumber()), font(8.5f, false, MUTED)),
                    page.getWidth() - document.rightMargin(), document.bottomMargin() - 28, 0);
        }
    }
}
