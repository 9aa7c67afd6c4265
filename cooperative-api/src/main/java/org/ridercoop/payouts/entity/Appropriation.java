package org.ridercoop.payouts.entity;

import java.math.BigInteger;
import org.ridercoop.platform.problem.ProblemException;

/**
 * The year-end waterfall of the Framework Act on Cooperatives, in whole won. A loss (a negative result) is covered
 * from the undistributed retained earnings, then the voluntary reserve, then the legal reserve; what they cannot cover
 * is carried forward (§51①). A surplus first covers the loss carried forward; of the rest at least 10% (a social
 * cooperative 30%, §97) goes to the legal reserve until it reaches three times the paid-in capital (§50); then the
 * voluntary reserve and the dividends the board proposes: patronage dividends at least half of all dividends, dividends
 * on capital at most a tenth of the paid-in capital (§51③), none at all in a social cooperative (§98). What is left is
 * carried forward as retained earnings.
 */
public record Appropriation(Year year, Proposal proposal, long lossCoveredWon, long fromRetainedWon, long fromVoluntaryWon,
                            long fromLegalWon, long legalMinimumWon, long capitalDividendCapWon, Balances closing) {
    /** The reserves and the loss carried forward at a year's start or end. */
    public record Balances(long retainedWon, long voluntaryWon, long legalWon, long lossWon) {
        public static final Balances NONE = new Balances(0, 0, 0, 0);
    }

    /** The year's figures: the kind of cooperative, the year's result (negative: a loss), paid-in capital at its end. */
    public record Year(boolean social, long netIncomeWon, long paidInCapitalWon, Balances opening) {
    }

    /** What the board proposes to appropriate. */
    public record Proposal(long legalReserveWon, long voluntaryReserveWon, long patronageDividendWon, long capitalDividendWon) {
        public long dividendsWon() {
            return Math.addExact(patronageDividendWon, capitalDividendWon);
        }
    }

    /** The percentage of the surplus the legal reserve takes at least (§50, §97). */
    public static int legalReservePercent(boolean social) {
        return social ? 30 : 10;
    }

    /** The least legal reserve a year's surplus (after losses covered) must give. */
    public static long legalMinimum(boolean social, long surplusWon, long paidInCapitalWon, long openingLegalWon) {
        long percent = BigInteger.valueOf(surplusWon).multiply(BigInteger.valueOf(legalReservePercent(social)))
                .add(BigInteger.valueOf(99)).divide(BigInteger.valueOf(100)).longValueExact();
        long untilCeiling = Math.max(0, Math.subtractExact(Math.multiplyExact(3, paidInCapitalWon), openingLegalWon));
        return Math.min(percent, untilCeiling);
    }

    /** The dividends on capital allowed: a tenth of the paid-in capital, rounded down (none in a social cooperative). */
    public static long capitalDividendCap(boolean social, long paidInCapitalWon) {
        return social ? 0 : paidInCapitalWon / 10;
    }

    /**
     * Works the waterfall through and checks the proposal against the law. Refusals answer 422 naming the rule and the
     * figures.
     */
    public static Appropriation of(Year year, Proposal p) {
        Balances o = year.opening();
        long cap = capitalDividendCap(year.social(), year.paidInCapitalWon());
        if (year.netIncomeWon() < 0) {
            if (p.legalReserveWon() + p.voluntaryReserveWon() + p.dividendsWon() > 0) {
                throw ProblemException.ruleViolated("loss-no-appropriation", "The year closed with a loss of " + -year.netIncomeWon()
                        + " won: nothing goes to reserves or dividends; the loss is covered from retained earnings, the voluntary reserve, "
                        + "then the legal reserve (§51①).");
            }
            long loss = -year.netIncomeWon();
            long fromRetained = Math.min(loss, o.retainedWon());
            long fromVoluntary = Math.min(loss - fromRetained, o.voluntaryWon());
            long fromLegal = Math.min(loss - fromRetained - fromVoluntary, o.legalWon());
            long uncovered = loss - fromRetained - fromVoluntary - fromLegal;
            return new Appropriation(year, p, 0, fromRetained, fromVoluntary, fromLegal, 0, cap, new Balances(o.retainedWon() - fromRetained,
                    o.voluntaryWon() - fromVoluntary, o.legalWon() - fromLegal, Math.addExact(o.lossWon(), uncovered)));
        }
        long covered = Math.min(o.lossWon(), year.netIncomeWon());
        long surplus = year.netIncomeWon() - covered;
        long minimum = legalMinimum(year.social(), surplus, year.paidInCapitalWon(), o.legalWon());
        if (p.legalReserveWon() < minimum) {
            throw ProblemException.ruleViolated("legal-reserve-minimum", "The legal reserve must take at least " + minimum + " won: "
                    + legalReservePercent(year.social()) + "% of the surplus of " + surplus + " won" + (covered > 0 ? " left after covering "
                    + covered + " won of losses" : "") + ", until it reaches three times the paid-in capital (" + Math.multiplyExact(3,
                    year.paidInCapitalWon()) + " won; §50" + (year.social() ? ", §97" : "") + "); " + p.legalReserveWon() + " won is proposed.");
        }
        if (p.legalReserveWon() > surplus) {
            throw ProblemException.ruleViolated("legal-reserve-exceeds-surplus", "The legal reserve is set aside from the year's surplus ("
                    + surplus + " won after losses); " + p.legalReserveWon() + " won is proposed.");
        }
        if (year.social() && p.dividendsWon() > 0) {
            throw ProblemException.ruleViolated("social-no-dividends", "A social cooperative pays no dividends (§98).");
        }
        if (Math.multiplyExact(2, p.patronageDividendWon()) < p.dividendsWon()) {
            throw ProblemException.ruleViolated("patronage-dividend-half", "Patronage dividends must be at least half of all dividends (§51③): "
                    + p.patronageDividendWon() + " of " + p.dividendsWon() + " won proposed.");
        }
        if (p.capitalDividendWon() > cap) {
            throw ProblemException.ruleViolated("capital-dividend-cap", "Dividends on capital may be at most a tenth of the paid-in capital of "
                    + year.paidInCapitalWon() + " won, " + cap + " won (§51③); " + p.capitalDividendWon() + " won is proposed.");
        }
        long retained = o.retainedWon() + surplus - p.legalReserveWon() - p.voluntaryReserveWon() - p.dividendsWon();
        if (retained < 0) {
            throw ProblemException.ruleViolated("appropriation-exceeds-surplus", "The reserves and dividends proposed (" + (p.legalReserveWon()
                    + p.voluntaryReserveWon() + p.dividendsWon()) + " won) exceed the surplus left after losses (" + surplus
                    + " won) and the retained earnings (" + o.retainedWon() + " won) by " + -retained + " won.");
        }
        return new Appropriation(year, p, covered, 0, 0, 0, minimum, cap, new Balances(retained, o.voluntaryWon() + p.voluntaryReserveWon(),
                o.legalWon() + p.legalReserveWon(), o.lossWon() - covered));
    }

    /** The surplus left after covering the losses carried forward (0 in a loss year). */
    public long surplusAfterLossesWon() {
        return Math.max(0, year.netIncomeWon()) - lossCoveredWon;
    }
}
