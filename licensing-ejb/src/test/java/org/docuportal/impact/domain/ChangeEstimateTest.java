package org.docuportal.impact.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The paired t-interval against values computed by hand (with the t quantiles from a printed
 * table: 2.776 for 4 degrees of freedom, 2.201 for 11).
 */
class ChangeEstimateTest {

    @Test
    void theTQuantilesAreTheTablesOnes() {
        assertThat(ChangeEstimate.tQuantile(4)).isCloseTo(2.776, within(0.0005));
        assertThat(ChangeEstimate.tQuantile(11)).isCloseTo(2.201, within(0.0005));
    }

    @Test
    void fiveParticipants() {
        // d = 2, 1, 3, 0, 1: mean 7/5 = 1.4; squares of deviations 0.36+0.16+2.56+1.96+0.16 = 5.2;
        // sd = sqrt(5.2/4) = 1.140175; se = sd/sqrt(5) = 0.509902; margin = 2.776445 * 0.509902 = 1.415716.
        ChangeEstimate estimate = ChangeEstimate.of(new double[] {2, 1, 3, 0, 1});
        assertThat(estimate.n()).isEqualTo(5);
        assertThat(estimate.mean()).isCloseTo(1.4, within(1e-9));
        assertThat(estimate.low()).isCloseTo(1.4 - 1.415716, within(1e-5));
        assertThat(estimate.high()).isCloseTo(1.4 + 1.415716, within(1e-5));
    }

    @Test
    void twelveParticipants() {
        // d = 2,1,1,0,1,2,1,1,0,1,2,0: mean 12/12 = 1; six deviations of ±1, so the squares sum to 6;
        // sd = sqrt(6/11) = 0.738549; se = sd/sqrt(12) = 0.213201; margin = 2.200985 * 0.213201 = 0.469252.
        ChangeEstimate estimate = ChangeEstimate.of(new double[] {2, 1, 1, 0, 1, 2, 1, 1, 0, 1, 2, 0});
        assertThat(estimate.mean()).isCloseTo(1.0, within(1e-9));
        assertThat(estimate.low()).isCloseTo(0.530748, within(1e-5));
        assertThat(estimate.high()).isCloseTo(1.469252, within(1e-5));
    }

    @Test
    void identicalChangesHaveNoSpread() {
        ChangeEstimate estimate = ChangeEstimate.of(new double[] {1, 1, 1, 1, 1});
        assertThat(estimate.low()).isEqualTo(1.0);
        assertThat(estimate.high()).isEqualTo(1.0);
    }

    @Test
    void oneParticipantHasNoInterval() {
        assertThatThrownBy(() -> ChangeEstimate.of(new double[] {1})).isInstanceOf(IllegalArgumentException.class);
    }
}
