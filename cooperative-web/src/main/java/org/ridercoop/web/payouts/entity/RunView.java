package org.ridercoop.web.payouts.entity;

import java.util.List;

/** A run with its incomes and deductions and every member's line, largest part first. */
public record RunView(Run run, List<Item> items, List<Line> lines) {
    public RunView {
        items = items == null ? List.of() : List.copyOf(items);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public List<Item> getIncomes() {
        return items.stream().filter(i -> !i.isDeduction()).toList();
    }

    public List<Item> getDeductions() {
        return items.stream().filter(Item::isDeduction).toList();
    }

    public long getWithholdingWon() {
        return lines.stream().mapToLong(Line::withholdingWon).sum();
    }

    public long getPayableWon() {
        return lines.stream().mapToLong(Line::payableWon).sum();
    }

    public long getUnpaid() {
        return lines.stream().filter(l -> !l.isPaid()).count();
    }
}
