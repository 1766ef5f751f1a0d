package org.handbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BucketTests {

    @Test
    void boundsAreInclusiveAndOpenEndsReachAnyValue() {
        assertThat(PayRange.UNDER_30000.contains(Integer.MIN_VALUE)).isTrue();
        assertThat(PayRange.UNDER_30000.contains(29_999)).isTrue();
        assertThat(PayRange.UNDER_30000.contains(30_000)).isFalse();
        assertThat(PayRange.FROM_30000_TO_39999.contains(30_000)).isTrue();
        assertThat(PayRange.FROM_100000.contains(Integer.MAX_VALUE)).isTrue();
        assertThat(NewJobsRange.DECLINE.contains(-1)).isTrue();
        assertThat(NewJobsRange.DECLINE.contains(0)).isFalse();
        assertThat(NewJobsRange.FROM_0_TO_999.contains(0)).isTrue();
    }

    @Test
    void everyValueFallsInExactlyOneRange() {
        for (int value : new int[] {-11_000, -1, 0, 999, 1_000, 49_999, 50_000, 177_400}) {
            assertThat(Arrays.stream(NewJobsRange.values()).filter(r -> r.contains(value))).hasSize(1);
        }
        for (int value : new int[] {0, 29_999, 30_000, 59_999, 60_000, 99_999, 100_000, 250_000}) {
            assertThat(Arrays.stream(PayRange.values()).filter(r -> r.contains(value))).hasSize(1);
        }
    }

    @Test
    void labelsAreThoseOfTheFinder() {
        assertThat(PayRange.FROM_40000_TO_59999.label()).isEqualTo("$40,000 to $59,999");
        assertThat(NewJobsRange.DECLINE.label()).isEqualTo("Decline (fewer jobs)");
    }
}
