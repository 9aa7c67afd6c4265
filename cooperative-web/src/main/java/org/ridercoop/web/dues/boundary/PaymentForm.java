package org.ridercoop.web.dues.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.ridercoop.web.dues.entity.DuesAccount;
import org.ridercoop.web.dues.entity.DuesCommands;
import org.ridercoop.web.platform.Inputs;

/**
 * The form that records a dues payment, as typed: amount, day (today unless changed), method, reference; and its
 * Idempotency-Key. The key is made when the form is shown: a second tap, or a retry after the API did not answer,
 * sends the same payment with the same key and the API records it once. A different payment typed into the same
 * form (another amount after a refusal, say) gets a new key, as it is another request.
 */
public class PaymentForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String amount = "";
    private String paidOn;
    private String method = "TRANSFER";
    private String reference = "";
    private String key = UUID.randomUUID().toString();
    /** The payment the key was last sent with; null until it is sent. */
    private String keySentWith;

    public PaymentForm(LocalDate today) {
        paidOn = today.toString();
    }

    /** What the API gets: what does not parse goes as null, and comes back with the API's words by its input. */
    public DuesCommands.Payment body() {
        String chosen = DuesAccount.METHODS.contains(method) ? method : null;
        return new DuesCommands.Payment(Inputs.number(amount), Inputs.date(paidOn), chosen, Inputs.blankToNull(reference));
    }

    /** The key to send {@code body} with: the last one for the same payment, a new one for another. */
    public String keyFor(Object payee, DuesCommands.Payment body) {
        String what = payee + " " + body;
        if (keySentWith != null && !keySentWith.equals(what)) {
            key = UUID.randomUUID().toString();
        }
        keySentWith = what;
        return key;
    }

    /** The API refused the payment: whatever is sent next is a new request. */
    public void refused() {
        key = UUID.randomUUID().toString();
        keySentWith = null;
    }

    public String getAmount() { return amount; }
    public void setAmount(String v) { amount = Inputs.orEmpty(v); }
    public String getPaidOn() { return paidOn; }
    public void setPaidOn(String v) { paidOn = Inputs.orEmpty(v); }
    public String getMethod() { return method; }
    public void setMethod(String v) { method = Inputs.orEmpty(v); }
    public String getReference() { return reference; }
    public void setReference(String v) { reference = Inputs.orEmpty(v); }
}
