package org.ridercoop.web.payouts.boundary;

import java.io.Serializable;
import org.ridercoop.web.platform.Inputs;

/** One label/amount row of the new-run form, as typed. */
public class AmountRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String label = "";
    private String amount = "";

    public AmountRow() {
    }

    AmountRow(String label, String amount) {
        this.label = label;
        this.amount = amount;
    }

    /** Neither a label nor an amount: the row is not sent. */
    public boolean isBlank() {
        return label.isBlank() && amount.isBlank();
    }

    public String getLabel() { return label; }
    public void setLabel(String v) { label = Inputs.orEmpty(v); }
    public String getAmount() { return amount; }
    public void setAmount(String v) { amount = Inputs.orEmpty(v); }
}
