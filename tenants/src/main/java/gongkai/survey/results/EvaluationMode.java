package gongkai.survey.results;

/** The two parts of social evaluation (社会评议): 公众评议 and 代表评议. */
public enum EvaluationMode {
  PUBLIC,
  REPRESENTATIVE
}
