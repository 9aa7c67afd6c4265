package org.ridercoop.web.dues.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * A bank statement file as the board downloaded it, read as text. Korean banks' internet banking saves CSV in
 * UTF-8 (often with a byte order mark) or in the Windows Korean code page (CP949, a superset of EUC-KR); a file that
 * is not valid UTF-8 is read as CP949. A spreadsheet saved as .xlsx or .xls is not a CSV file and is said to be so.
 */
public final class StatementFile {
    /** The API takes a body of up to 1 MiB; a month's statement is a few kilobytes. */
    public static final int MAX_BYTES = 1_000_000;

    private StatementFile() {
    }

    /** What reading the file gave: its text, or why there is none ({@code empty}, {@code too-big}, {@code spreadsheet}). */
    public record Read(String text, String problem) {
        static Read ok(String text) {
            return new Read(text, null);
        }

        static Read failed(String problem) {
            return new Read(null, problem);
        }

        public boolean isOk() {
            return problem == null;
        }
    }

    public static Read read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Read.failed("empty");
        }
        if (bytes.length > MAX_BYTES) {
            return Read.failed("too-big");
        }
        if (isSpreadsheet(bytes)) {
            return Read.failed("spreadsheet");
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return Read.failed("empty");
        }
        // the API counts bytes of UTF-8: two-byte Hangul of CP949 takes three
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Read.failed("too-big");
        }
        return Read.ok(text);
    }

    /** Text pasted into the form: the same limits. */
    public static Read pasted(String text) {
        if (text == null || text.isBlank()) {
            return Read.failed("empty");
        }
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, korean());
        }
    }

    private static Charset korean() {
        try {
            return Charset.forName("x-windows-949");
        } catch (UnsupportedCharsetException e) {
            return Charset.forName("EUC-KR");
        }
    }

    /** Office Open XML (a zip: "PK\3\4") or the old binary .xls (an OLE2 compound file). */
    static boolean isSpreadsheet(byte[] bytes) {
        boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        boolean ole = bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0;
        return zip || ole;
    }
}
