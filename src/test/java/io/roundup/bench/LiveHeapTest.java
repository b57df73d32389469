package io.roundup.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LiveHeapTest {

    @Test
    void countsWhatIsStillReachableAndNotWhatWasDropped() {
        byte[] held = new byte[64 << 20];
        long withArray = LiveHeap.collect();
        assertThat(withArray).isGreaterThanOrEqualTo(held.length);

        int length = held.length;
        held = null;
        long without = LiveHeap.collect();
        assertThat(without).isLessThan(withArray - length / 2);
    }
}
