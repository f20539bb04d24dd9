package gongkai.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeafIndexTest {

  private static Indicator leaf(String code) {
    return new Indicator(code, LocalizedText.zh(code), null, BigDecimal.ONE, null, false, List.of());
  }

  @Test
  void finds_every_leaf_of_a_large_tree_by_equal_but_not_identical_codes() {
    List<Indicator> groups = new ArrayList<>();
    for (int g = 0; g < 12; g++) {
      List<Indicator> leaves = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        leaves.add(leaf("g" + g + "-i" + i));
      }
      groups.add(new Indicator("g" + g, LocalizedText.zh("g"), null, BigDecimal.valueOf(25), null, false, leaves));
    }
    LeafIndex index = new LeafIndex();
    index.addTree(0, groups.subList(0, 6));
    index.addTree(1, groups.subList(6, 12));

    for (int g = 0; g < 12; g++) {
      for (int i = 0; i < 25; i++) {
        String code = new String("g" + g + "-i" + i); // a distinct instance
        LeafIndex.Leaf found = index.find(code);
        assertThat(found).as(code).isNotNull();
        assertThat(found.code()).isEqualTo(code);
        assertThat(found.owner()).isEqualTo(g < 6 ? 0 : 1);
      }
    }
    assertThat(index.inOrder()).hasSize(300);
    assertThat(index.find("g3")).isNull();
    assertThat(index.parent("g3")).isTrue();
    assertThat(index.find("g3-i25")).isNull();
    assertThat(index.find("")).isNull();
    assertThat(index.find(null)).isNull();
  }
}
