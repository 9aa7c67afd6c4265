package org.ridercoop.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.ridercoop.payouts.entity.Appropriation;
import org.ridercoop.payouts.entity.Appropriation.Balances;
import org.ridercoop.platform.problem.ProblemException;

/** The year-end waterfall of §50-51 and §97-98, at each edge of each rule. */
class AppropriationTest {
    private static final Appropriation.Proposal NOTHING = new Appropriation.Proposal(0, 0, 0, 0);

    private static Appropriation.Year worker(long result, long paidIn, Balances opening) {
        return new Appropriation.Year(false, result, paidIn, opening);
    }

    private static String rule(Appropriation.Year year, Appropriation.Proposal p) {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> Appropriation.of(year, p));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.problem().status()).isEqualTo(422);
        return refused.problem().type().substring(refused.problem().type().lastIndexOf(':') + 1);
    }

    @Example
    void aLossIsCoveredFromRetainedEarningsThenTheVoluntaryThenTheLegalReserveAndTheRestCarriedForward() {
        Appropriation a = Appropriation.of(worker(-1_000, 10_000, new Balances(300, 200, 400, 50)), NOTHING);
        assertThat(new long[] {a.fromRetainedWon(), a.fromVoluntaryWon(), a.fromLegalWon()}).containsExactly(300, 200, 400);
        assertThat(a.closing()).isEqualTo(new Balances(0, 0, 0, 50 + 100));
        Appropriation small = Appropriation.of(worker(-250, 10_000, new Balances(300, 200, 400, 0)), NOTHING);
        assertThat(small.closing()).isEqualTo(new Balances(50, 200, 400, 0));
        // in a loss year nothing is set aside or paid out
        assertThat(rule(worker(-1, 10_000, Balances.NONE), new Appropriation.Proposal(0, 0, 1, 0))).isEqualTo("loss-no-appropriation");
    }

    @Example
    void aSurplusCoversTheLossCarriedForwardFirstAndTenPercentOfTheRestGoesToTheLegalReserve() {
        Appropriation.Year year = worker(10_000_000, 1_000_000_000, new Balances(0, 0, 0, 1_000_000));
        assertThat(rule(year, new Appropriation.Proposal(899_999, 0, 0, 0))).isEqualTo("legal-reserve-minimum");
        Appropriation a = Appropriation.of(year, new Appropriation.Proposal(900_000, 0, 0, 0));
        assertThat(a.lossCoveredWon()).isEqualTo(1_000_000);
        assertThat(a.legalMinimumWon()).isEqualTo(900_000);
        assertThat(a.closing()).isEqualTo(new Balances(8_100_000, 0, 900_000, 0));
        // a surplus smaller than the loss carried forward covers part of it and leaves nothing to appropriate
        Appropriation partial = Appropriation.of(worker(400, 1_000, new Balances(0, 0, 0, 1_000)), NOTHING);
        assertThat(partial.closing()).isEqualTo(new Balances(0, 0, 0, 600));
        assertThat(rule(worker(400, 1_000, new Balances(0, 0, 0, 1_000)), new Appropriation.Proposal(0, 1, 0, 0)))
                .isEqualTo("appropriation-exceeds-surplus");
    }

    @Example
    void theLegalMinimumRoundsUpAndStopsAtThreeTimesThePaidInCapital() {
        assertThat(Appropriation.legalMinimum(false, 1_001, 1_000_000, 0)).isEqualTo(101);
        // 3 × 1,000 = 3,000; 2,950 already set aside: only 50 more are required
        assertThat(Appropriation.legalMinimum(false, 10_000, 1_000, 2_950)).isEqualTo(50);
        assertThat(Appropriation.legalMinimum(false, 10_000, 1_000, 5_000)).isZero();
        // a social cooperative: 30%
        assertThat(Appropriation.legalMinimum(true, 10_000, 1_000_000, 0)).isEqualTo(3_000);
        // more than the minimum is allowed, not more than the year's surplus
        assertThat(Appropriation.of(worker(10_000, 1_000, Balances.NONE), new Appropriation.Proposal(10_000, 0, 0, 0)).closing().legalWon())
                .isEqualTo(10_000);
        assertThat(rule(worker(10_000, 1_000, Balances.NONE), new Appropriation.Proposal(10_001, 0, 0, 0))).isEqualTo("legal-reserve-exceeds-surplus");
    }

    @Example
    void patronageDividendsAreAtLeastHalfCapitalDividendsAtMostATenthOfPaidInCapitalAndASocialCooperativePaysNone() {
        Appropriation.Year year = worker(10_000_000, 450_000, Balances.NONE);
        assertThat(Appropriation.of(year, new Appropriation.Proposal(1_000_000, 0, 45_000, 45_000)).closing().retainedWon())
                .isEqualTo(10_000_000 - 1_000_000 - 90_000);
        assertThat(rule(year, new Appropriation.Proposal(1_000_000, 0, 44_999, 45_000))).isEqualTo("patronage-dividend-half");
        assertThat(rule(year, new Appropriation.Proposal(1_000_000, 0, 100_000, 45_001))).isEqualTo("capital-dividend-cap");
        assertThat(Appropriation.capitalDividendCap(false, 450_009)).isEqualTo(45_000);
        Appropriation.Year social = new Appropriation.Year(true, 10_000_000, 10_000_000, Balances.NONE);
        assertThat(rule(social, new Appropriation.Proposal(3_000_000, 0, 1, 0))).isEqualTo("social-no-dividends");
        assertThat(rule(social, new Appropriation.Proposal(2_999_999, 0, 0, 0))).isEqualTo("legal-reserve-minimum");
        assertThat(Appropriation.of(social, new Appropriation.Proposal(3_000_000, 7_000_000, 0, 0)).closing())
                .isEqualTo(new Balances(0, 7_000_000, 3_000_000, 0));
    }

    @Example
    void dividendsMayDrawOnRetainedEarningsButNeverBeyondThem() {
        Appropriation.Year year = worker(1_000, 1_000_000, new Balances(500, 0, 0, 0));
        assertThat(Appropriation.of(year, new Appropriation.Proposal(100, 0, 1_400, 0)).closing().retainedWon()).isZero();
        assertThat(rule(year, new Appropriation.Proposal(100, 0, 1_401, 0))).isEqualTo("appropriation-exceeds-surplus");
    }

    /** Whatever is accepted keeps the books whole: what the year brought is exactly what went somewhere. */
    @Property(tries = 300)
    void everyAcceptedAppropriationAccountsForTheWholeResult(@ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long result,
                                                             @ForAll @LongRange(min = 0, max = 100_000_000L) long paidIn,
                                                             @ForAll @LongRange(min = 0, max = 50_000_000L) long retained,
                                                             @ForAll @LongRange(min = 0, max = 50_000_000L) long loss,
                                                             @ForAll @LongRange(min = 0, max = 100) long extraPercent) {
        Balances opening = new Balances(retained, 1_000, 2_000, loss);
        long surplus = Math.max(0, result - Math.min(loss, Math.max(0, result)));
        long legal = Math.min(surplus, Appropriation.legalMinimum(false, surplus, paidIn, 2_000) + surplus * extraPercent / 1_000);
        long capital = Math.min(Appropriation.capitalDividendCap(false, paidIn), (surplus - legal) / 4);
        Appropriation.Proposal p = result < 0 ? NOTHING : new Appropriation.Proposal(legal, 0, capital, capital);
        Appropriation a = Appropriation.of(new Appropriation.Year(false, result, paidIn, opening), p);
        Balances c = a.closing();
        // (retained + voluntary + legal − loss) grows by the result less the dividends paid out
        long before = opening.retainedWon() + opening.voluntaryWon() + opening.legalWon() - opening.lossWon();
        long after = c.retainedWon() + c.voluntaryWon() + c.legalWon() - c.lossWon();
        assertThat(after - before).isEqualTo(result - p.dividendsWon());
        assertThat(c.retainedWon()).isNotNegative();
        assertThat(c.lossWon()).isNotNegative();
        if (result >= 0) {
            assertThat(c.legalWon() - opening.legalWon()).isGreaterThanOrEqualTo(a.legalMinimumWon());
        }
    }
}
