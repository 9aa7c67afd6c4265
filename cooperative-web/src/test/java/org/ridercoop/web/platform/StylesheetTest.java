package org.ridercoop.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/**
 * The stylesheet is whole. A merge once left a rule's head without its body and a print block unclosed: browsers read
 * every rule after them as nested inside, so none applied (the shift grid's days wrapped, the payout chart lost its
 * colour, the run's totals their two columns), while every test passed.
 */
class StylesheetTest {
    private static final Path CSS = Path.of("src/main/webapp/resources/css/app.css");

    @Test
    void everyBlockIsClosedAndNoRuleIsInsideAnotherRule() throws IOException {
        String css = Files.readString(CSS).replaceAll("(?s)/\\*.*?\\*/", " ");
        Deque<Boolean> open = new ArrayDeque<>();
        int line = 1;
        StringBuilder prelude = new StringBuilder();
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            }
            if (c == '{') {
                boolean atRule = prelude.toString().strip().startsWith("@");
                if (!open.isEmpty() && !open.peek()) {
                    fail("line " + line + ": '" + prelude.toString().strip() + "' opens inside a rule (a rule above lost its '}')");
                }
                open.push(atRule);
                prelude.setLength(0);
            } else if (c == '}') {
                if (open.isEmpty()) {
                    fail("line " + line + ": a '}' closes nothing");
                }
                open.pop();
                prelude.setLength(0);
            } else if (c == ';') {
                prelude.setLength(0);
            } else {
                prelude.append(c);
            }
        }
        assertThat(open).as("blocks left open at the end").isEmpty();
    }
}
