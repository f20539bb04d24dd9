package gongkai.survey.results;

/** Identifies one stored response (public or representative). */
public record ResponseId(long value) implements Comparable<ResponseId> {
  @Override
  public int compareTo(ResponseId o) {
    return Long.compare(value, o.value);
  }
}
