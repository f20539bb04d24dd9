package gongkai.scoring;

import java.math.BigDecimal;
import java.util.List;

/** Grade bands for schemes built in tests. */
final class TemplatesForTests {

  private TemplatesForTests() {}

  static List<GradeBand> bands(String excellent, String good, String pass, BigDecimal top) {
    return List.of(
        new GradeBand(Grade.EXCELLENT, "优秀", new BigDecimal(excellent), true, top, top != null),
        new GradeBand(Grade.GOOD, "良好", new BigDecimal(good), true, new BigDecimal(excellent), false),
        new GradeBand(Grade.PASS, "合格", new BigDecimal(pass), true, new BigDecimal(good), false),
        new GradeBand(Grade.FAIL, "不合格", BigDecimal.ZERO, true, new BigDecimal(pass), false));
  }
}
