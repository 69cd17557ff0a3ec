package org.mine4j.api.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Pair indices are immutable and know whether they are the all-pairs layout. */
class PairIndexTest {
  @Test
  void neitherTheGivenNorTheReturnedArraysChangeTheIndex() {
    int[] xs = {0, 1};
    int[] ys = {1, 0};
    PairIndex pairs = new PairIndex(xs, ys);
    xs[0] = 7;
    pairs.yRows()[0] = 9;

    assertThat(pairs.xRow(0)).isZero();
    assertThat(pairs.yRow(0)).isEqualTo(1);
    assertThat(pairs.size()).isEqualTo(2);
  }

  @Test
  void theAllPairsLayoutIsTaggedHoweverItIsMade() {
    assertThat(PairIndex.allPairs(3).isAllPairs()).isTrue();
    assertThat(new PairIndex(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1}).isAllPairs()).isTrue();
    assertThat(new PairIndex(new int[] {0, 0, 1, 1}, new int[] {1, 0, 0, 1}).isAllPairs())
        .isFalse();
    assertThat(PairIndex.jointAndShuffled(new int[] {1, 0}).isAllPairs()).isFalse();
    assertThat(PairIndex.allPairs(3))
        .isEqualTo(new PairIndex(PairIndex.allPairs(3).xRows(), PairIndex.allPairs(3).yRows()));
  }

  @Test
  void raggedIndicesAreRefused() {
    assertThatThrownBy(() -> new PairIndex(new int[] {0}, new int[] {0, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same length");
  }
}
