package org.mine4j.api.bound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mine4j.api.network.PairIndex;

class ScoresTest {
  @Test
  void allPairsMarginalsAreExactlyTheOffDiagonal() {
    int k = 5;
    Scores s = new Scores(new float[k * k], k, Negatives.ALL_PAIRS);
    Set<Integer> seen = new HashSet<>();
    for (int m = 0; m < s.marginalCount(); m++) {
      int index = s.marginalIndex(m);
      assertThat(index / k).isNotEqualTo(index % k);
      seen.add(index);
    }
    assertThat(seen).hasSize(k * (k - 1));
    for (int i = 0; i < k; i++) {
      assertThat(s.jointIndex(i)).isEqualTo(i * k + i);
    }
  }

  @Test
  void shuffleLayoutPutsJointFirst() {
    float[] values = {1, 2, 3, 4, 5, 6};
    Scores s = new Scores(values, 3, Negatives.SHUFFLE);
    assertThat(s.joint(2)).isEqualTo(3f);
    assertThat(s.marginal(0)).isEqualTo(4f);
    assertThat(s.marginalCount()).isEqualTo(3);
  }

  @Test
  void wrongLengthIsRejected() {
    assertThatThrownBy(() -> new Scores(new float[5], 3, Negatives.SHUFFLE))
        .hasMessageContaining("needs 6 scores, found 5");
  }

  @Test
  void pairIndexLayoutsMatchTheScoreLayouts() {
    PairIndex shuffled = PairIndex.jointAndShuffled(new int[] {2, 0, 1});
    assertThat(shuffled.xRows()).containsExactly(0, 1, 2, 0, 1, 2);
    assertThat(shuffled.yRows()).containsExactly(0, 1, 2, 2, 0, 1);
    PairIndex all = PairIndex.allPairs(2);
    assertThat(all.xRows()).containsExactly(0, 0, 1, 1);
    assertThat(all.yRows()).containsExactly(0, 1, 0, 1);
  }
}
