package gongkai.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects the score sheet's explanation lines in the order the engine applies the rules. */
final class Explanation {

  private final List<ExplanationLine> lines = new ArrayList<>();

  /** A line as English text and as a message key with its arguments (for translated user interfaces). */
  void add(ExplanationLine.Kind kind, String code, String text, String key, Object... args) {
    lines.add(new ExplanationLine(kind, code, text, key,
        Arrays.stream(args).map(a -> a == null ? "" : a instanceof Enum<?> e ? e.name() : a.toString()).toList()));
  }

  List<ExplanationLine> lines() {
    return lines;
  }
}
