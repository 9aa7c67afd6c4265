package org.ridercoop.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

class WholeNumbersOnlyTest {
    public record Amounts(Long won, Integer shares, String note) {
    }

    private final Jsonb jsonb = new WholeNumbersOnly().getContext(Amounts.class);

    @Test
    void wholeNumbersAreRead() {
        assertThat(jsonb.fromJson("{\"won\":50000,\"shares\":2,\"note\":\"x\"}", Amounts.class))
                .isEqualTo(new Amounts(50_000L, 2, "x"));
        assertThat(jsonb.fromJson("{\"won\":-3}", Amounts.class).won()).isEqualTo(-3L);
    }

    @Test
    void fractionsOverflowsAndStringsAreRefusedNotCut() {
        for (String bad : new String[] {"{\"won\":50000.5}", "{\"shares\":1.5}", "{\"won\":99999999999999999999999}",
                "{\"shares\":3000000000}", "{\"won\":\"100\"}", "{\"won\":[1]}"}) {
            assertThatThrownBy(() -> jsonb.fromJson(bad, Amounts.class)).as(bad).isInstanceOf(JsonbException.class);
        }
    }
}
