package gongkai.survey.results;

/** The social-evaluation levels: 满意, 基本满意, 不满意. */
public enum SatisfactionLevel {
  SATISFIED,
  BASICALLY_SATISFIED,
  DISSATISFIED
}
