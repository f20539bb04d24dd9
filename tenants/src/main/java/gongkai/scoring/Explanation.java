package gongkai.scoring;

import java.util.ArrayList;
import java.util.List;

/** Collects the score sheet's explanation lines in the order the engine applies the rules. */
final class Explanation {

  private final List<ExplanationLine> lines = new ArrayList<>();

  void add(ExplanationLine.Kind kind, String code, String text) {
    lines.add(new ExplanationLine(kind, code, text));
  }

  List<ExplanationLine> lines() {
    return lines;
  }
}
