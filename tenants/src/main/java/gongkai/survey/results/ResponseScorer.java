package gongkai.survey.results;

/**
 * One questionnaire version's scoring compiled once, for scoring one response after another (the submission path
 * keeps one per survey): compiling the model costs more than scoring a response with it.
 */
public final class ResponseScorer {
  private final CompiledModel model;

  private ResponseScorer(CompiledModel model) {
    this.model = model;
  }

  public static ResponseScorer of(ScoringModel model) {
    return new ResponseScorer(CompiledModel.of(model));
  }

  /** As {@link ScoringModel#spreadScore}. */
  public double spreadScore(int[] answers) {
    return ScoringModel.spreadScore(model, answers);
  }
}
