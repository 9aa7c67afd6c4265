package org.ridercoop.web.payouts.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.payouts.Surpluses;

class SurplusEntitiesTest {

    @Test
    void theWaterfallOfASurplusAddsUp() {
        SurplusProposal p = Surpluses.proposal(SurplusProposal.PROPOSED, null);
        assertThat(p.isLoss()).isFalse();
        assertThat(p.getSurplusWon()).as("after the 1,000,000 of losses covered").isEqualTo(9_000_000);
        assertThat(p.getDividendsWon()).isEqualTo(3_045_000);
        assertThat(p.getCarriedWon()).isEqualTo(4_055_000).isEqualTo(p.closing().retainedWon() - p.opening().retainedWon());
        assertThat(p.getLossLeftWon()).isZero();
        assertThat(p.getLegalReservePercent()).isEqualTo(10);
        assertThat(p.getLegalCeilingWon()).isEqualTo(1_500_000);
        assertThat(p.getCapitalDividendCapWon()).isEqualTo(50_000);
        assertThat(p.isProposed()).isTrue();
        assertThat(p.isAdopted()).isFalse();
    }

    @Test
    void aLossIsCoveredFromRetainedEarningsThenTheReservesAndTheRestIsCarriedForward() {
        SurplusProposal loss = new SurplusProposal(42, 2025, Surpluses.START, Surpluses.END, true, "HOURS", -3_000_000, 900_000,
                new Balances(1_000_000, 500_000, 1_000_000, 0), 0, 1_000_000, 500_000, 1_000_000, 0, 0, 0, 0, 0,
                new Balances(0, 0, 0, 500_000), null, SurplusProposal.ADOPTED, "박서연", Instant.EPOCH, 7L, null, null);
        assertThat(loss.isLoss()).isTrue();
        assertThat(loss.getSurplusWon()).isZero();
        assertThat(loss.getLossLeftWon()).isEqualTo(500_000);
        assertThat(loss.getLegalReservePercent()).as("a social cooperative").isEqualTo(30);
        assertThat(loss.getCapitalDividendCapWon()).isZero();
    }

    @Test
    void balancesThatTheApiLeftOutAreNone() {
        SurplusProposal p = new SurplusProposal(1, 2025, null, null, false, null, 0, 0, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null,
                SurplusProposal.WITHDRAWN, null, null, null, null, null);
        assertThat(p.opening()).isEqualTo(Balances.NONE);
        assertThat(p.closing()).isEqualTo(Balances.NONE);
    }

    @Test
    void aDividendSaysItsSharesInPercentWhatIsOutstandingAndHowManySharesThatBuys() {
        Dividend d = new Dividend(21, 2, "김민준", 480, 20, 60_000, 600_000, 1_800_000, 9_000_000, 333_333, 18_000, 1, 50_000, 0, null);
        assertThat(d.getTotalWon()).isEqualTo(1_818_000);
        assertThat(d.getOutstandingWon()).isEqualTo(1_768_000);
        assertThat(d.getPatronagePercent()).isEqualByComparingTo(new BigDecimal("60"));
        assertThat(d.getCapitalPercent()).isEqualByComparingTo(new BigDecimal("33.3333"));
        assertThat(d.sharesFor(50_000)).isEqualTo(35);
        assertThat(d.sharesFor(0)).as("no share price, no shares").isZero();
        assertThat(d.isPaid()).isFalse();
        Dividend settled = new Dividend(21, 2, "김민준", 0, 0, 0, 0, 40_000, 0, 0, 0, 0, 0, 40_000, Instant.EPOCH);
        assertThat(settled.getOutstandingWon()).isZero();
        assertThat(settled.sharesFor(50_000)).isZero();
        assertThat(settled.isPaid()).isTrue();
    }

    @Test
    void theLegalMinimumIsReckonedAsTheApiDoes() {
        SurplusYear unknown = Surpluses.year(null);
        assertThat(unknown.isOpeningKnown()).isFalse();
        assertThat(unknown.legalMinimum(10_000_000, new Balances(0, 0, 0, 1_000_000))).as("10% of 9,000,000 left after losses, within the ceiling")
                .isEqualTo(900_000);
        assertThat(unknown.legalMinimum(1_000_001, null)).as("rounded up").isEqualTo(100_001);
        assertThat(unknown.legalMinimum(100_000_000, null)).as("never past three times the paid-in capital").isEqualTo(1_500_000);
        assertThat(unknown.legalMinimum(100_000_000, new Balances(0, 0, 1_400_000, 0))).isEqualTo(100_000);
        assertThat(unknown.legalMinimum(-5_000_000, null)).as("a loss gives nothing").isZero();
        SurplusYear known = Surpluses.year(new Balances(0, 0, 1_000_000, 0));
        assertThat(known.isOpeningKnown()).isTrue();
        assertThat(known.getLegalRoomWon()).isEqualTo(500_000);
    }

    @Test
    void anAssemblyKnowsTheMotionsOfItsAgenda() {
        Assembly a = Surpluses.assembly(12);
        assertThat(a.decides(12)).isTrue();
        assertThat(a.decides(13)).isFalse();
        assertThat(new Assembly(1, null, null, null, null, null).motions()).isEmpty();
        assertThat(new SurplusView(null, null).dividends()).isEmpty();
        assertThat(Surpluses.view(SurplusProposal.ADOPTED, 12L).getOutstanding()).isEqualTo(1);
    }
}
