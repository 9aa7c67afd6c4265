package org.ridercoop.web.payouts.entity;

import java.util.List;

/** How pooled income is distributed: the operating share and withholding in basis points, the formula and a mix's weights. */
public record Settings(Integer operatingShareBp, Integer withholdingBp, String formula, Integer weightHours, Integer weightDeliveries,
                       Integer weightIncome) {
    public static final List<String> FORMULAS = List.of("HOURS", "DELIVERIES", "INCOME", "MIX");
}
