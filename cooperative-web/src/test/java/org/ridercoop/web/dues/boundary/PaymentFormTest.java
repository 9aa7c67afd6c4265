package org.ridercoop.web.dues.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.dues.Dues;
import org.ridercoop.web.dues.entity.DuesCommands;

class PaymentFormTest {

    @Test
    void thePaymentIsSentAsTypedTodayUnlessChangedWhatDoesNotParseAsNull() {
        PaymentForm form = new PaymentForm(Dues.TODAY);
        assertThat(form.getPaidOn()).isEqualTo("2026-11-26");
        assertThat(form.getMethod()).isEqualTo("TRANSFER");
        form.setAmount("10,000원");
        form.setReference("  국민은행 ");
        assertThat(form.body()).isEqualTo(new DuesCommands.Payment(10_000L, Dues.TODAY, "TRANSFER", "국민은행"));

        form.setAmount("십만");
        form.setPaidOn("26.11.2026");
        form.setMethod("CHEQUE");
        form.setReference(" ");
        assertThat(form.body()).isEqualTo(new DuesCommands.Payment(null, null, null, null));
    }

    @Test
    void theSamePaymentSentAgainCarriesTheSameKeyAnotherPaymentOrAfterARefusalANewOne() {
        PaymentForm form = new PaymentForm(Dues.TODAY);
        form.setAmount("10000");
        String first = form.keyFor(21L, form.body());
        assertThat(first).matches("[0-9a-f-]{36}");
        assertThat(form.keyFor(21L, form.body())).as("a double tap, or a retry after no answer: one payment").isEqualTo(first);

        form.setAmount("20000");
        String second = form.keyFor(21L, form.body());
        assertThat(second).as("another amount is another payment").isNotEqualTo(first);
        assertThat(form.keyFor(23L, form.body())).as("another member, too").isNotEqualTo(second);

        String beforeRefusal = form.keyFor(23L, form.body());
        form.refused();
        assertThat(form.keyFor(23L, form.body())).as("the corrected request is another request").isNotEqualTo(beforeRefusal);
    }

    @Test
    void aFormShownLaterHasItsOwnKey() {
        PaymentForm one = new PaymentForm(LocalDate.of(2026, 11, 1));
        PaymentForm two = new PaymentForm(LocalDate.of(2026, 11, 1));
        one.setAmount("10000");
        two.setAmount("10000");
        assertThat(one.keyFor(21L, one.body())).as("two payments of the same amount on the same day are two payments")
                .isNotEqualTo(two.keyFor(21L, two.body()));
    }
}
