package gongkai.survey.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Aggregates a campaign's responses into per-unit results: create {@link #newAccumulator()
 * accumulators}, feed each response once, {@link CampaignAccumulator#merge merge} partial ones, and
 * read the {@link #result}. Memory is proportional to units x distinct sets of answered questions,
 * not to responses.
 *
 * <p>The unit's score is exact: per part, the mean of the responses' exact scores; the parts
 * combined with the tenant's weights; rounded once to two decimals, half-up. Intervals and the
 * agreement measures are statistics and computed in double.
 */
public final class CampaignAggregator {
  private final CompiledModel model;
  private final List<UnitCode> units;
  private final Map<UnitCode, Integer> unitIndex = new HashMap<>();
  private final ResultRules rules;

  public CampaignAggregator(ScoringModel model, List<UnitCode> units, ResultRules rules) {
    this.model = CompiledModel.of(Objects.requireNonNull(model, "model"));
    this.units = List.copyOf(units);
    this.rules = Objects.requireNonNull(rules, "rules");
    for (int i = 0; i < this.units.size(); i++) {
      if (unitIndex.put(this.units.get(i), i) != null) throw new IllegalArgumentException("duplicate unit");
    }
  }

  public List<UnitCode> units() {
    return units;
  }

  /** The index to pass to {@link CampaignAccumulator#accept}. */
  public int indexOf(UnitCode unit) {
    Integer i = unitIndex.get(unit);
    if (i == null) throw new IllegalArgumentException("unit not in campaign: " + unit.value());
    return i;
  }

  public CampaignAccumulator newAccumulator() {
    return new CampaignAccumulator(model, units.size());
  }

  public CampaignResult result(CampaignAccumulator accumulator) {
    List<UnitResults> results = new ArrayList<>(units.size());
    for (int u = 0; u < units.size(); u++) {
      results.add(new UnitResults(units.get(u), unitResult(accumulator, u, false), unitResult(accumulator, u, true)));
    }
    return new CampaignResult(results);
  }

  private UnitResult unitResult(CampaignAccumulator accumulator, int unit, boolean withoutFlagged) {
    EnumSet<SampleWarning> warnings = EnumSet.noneOf(SampleWarning.class);
    Ratio weightedSum = Ratio.ZERO;
    Ratio usedWeight = Ratio.ZERO;
    boolean partMissing = false;
    long rateSatisfied = 0;
    long rateAnswers = 0;
    List<PartAccumulator> used = new ArrayList<>();
    List<Ratio> usedWeights = new ArrayList<>();
    for (EvaluationMode mode : EvaluationMode.values()) {
      BigDecimal weight = rules.partWeights().of(mode);
      if (weight.signum() == 0) continue; // the tenant does not use this part
      PartAccumulator part = accumulator.part(unit, mode, withoutFlagged);
      rateSatisfied += part.rateSatisfied;
      rateAnswers += part.rateAnswers;
      if (part.counted == 0) {
        warnings.add(SampleWarning.PART_MISSING);
        partMissing = true;
        continue;
      }
      if (part.counted < rules.minimumResponses(mode)) {
        warnings.add(mode == EvaluationMode.PUBLIC
            ? SampleWarning.BELOW_MINIMUM_PUBLIC : SampleWarning.BELOW_MINIMUM_REPRESENTATIVE);
      }
      Ratio w = Ratio.of(weight);
      weightedSum = weightedSum.plus(w.times(part.exactScoreSum().dividedBy(Ratio.of(part.counted, 1))));
      usedWeight = usedWeight.plus(w);
      used.add(part);
      usedWeights.add(w);
    }

    Optional<Ratio> exactScore = usedWeight.isZero()
        || (partMissing && rules.missingPart() == ResultRules.MissingPartPolicy.NO_SCORE)
        ? Optional.empty()
        : Optional.of(weightedSum.dividedBy(usedWeight));
    Optional<BigDecimal> score = exactScore.map(Percent::round);
    Ratio totalWeight = usedWeight;
    Optional<Interval> scoreInterval = exactScore.map(s -> meanInterval(s, used, usedWeights, totalWeight));
    Optional<SatisfactionRate> rate = rateAnswers == 0
        ? Optional.empty() : Optional.of(SatisfactionRate.of(rateSatisfied, rateAnswers));

    Optional<BigDecimal> basis;
    Optional<Interval> basisInterval;
    if (rules.levelBasis() == ResultRules.LevelBasis.SCORE) {
      basis = score;
      basisInterval = scoreInterval;
    } else {
      basis = rate.map(SatisfactionRate::percent);
      basisInterval = rate.map(SatisfactionRate::wilson95);
    }
    Optional<SatisfactionLevel> level = basis.map(rules.thresholds()::levelOf);
    if (basis.isEmpty()) warnings.add(SampleWarning.NO_DATA);
    basisInterval.ifPresent(i -> {
      if (rules.thresholds().levelOf(i.lower()) != rules.thresholds().levelOf(i.upper())) {
        warnings.add(SampleWarning.INTERVAL_STRADDLES_THRESHOLD);
      }
    });

    return new UnitResult(
        partResult(EvaluationMode.PUBLIC, accumulator.part(unit, EvaluationMode.PUBLIC, withoutFlagged)),
        partResult(EvaluationMode.REPRESENTATIVE,
            accumulator.part(unit, EvaluationMode.REPRESENTATIVE, withoutFlagged)),
        score, scoreInterval, rate, level, warnings);
  }

  private static PartResult partResult(EvaluationMode mode, PartAccumulator part) {
    if (part.counted == 0) {
      return new PartResult(mode, part.counts(), Optional.empty(), Optional.empty(), Optional.empty());
    }
    Ratio mean = part.exactScoreSum().dividedBy(Ratio.of(part.counted, 1));
    Ratio one = Ratio.of(1, 1);
    return new PartResult(mode, part.counts(), Optional.of(Percent.round(mean)),
        Optional.of(meanInterval(mean, List.of(part), List.of(one), one)),
        part.rateAnswers == 0
            ? Optional.empty() : Optional.of(SatisfactionRate.of(part.rateSatisfied, part.rateAnswers)));
  }

  /**
   * Normal 95% interval of a weighted combination of part means: var = sum (w_i / W)^2 s_i^2 / n_i.
   * With fewer than two responses in a part the spread is unknown and the interval is all of 0-100.
   */
  private static Interval meanInterval(Ratio centre, List<PartAccumulator> parts, List<Ratio> weights, Ratio total) {
    double variance = 0;
    for (int i = 0; i < parts.size(); i++) {
      double s2 = parts.get(i).variance();
      if (Double.isNaN(s2)) {
        return new Interval(BigDecimal.ZERO.setScale(Percent.SCALE), Percent.HUNDRED.setScale(Percent.SCALE));
      }
      double w = weights.get(i).dividedBy(total).toDouble();
      variance += w * w * s2 / parts.get(i).counted;
    }
    double c = centre.toDouble();
    double half = Wilson.Z_95 * Math.sqrt(variance);
    return new Interval(Percent.ofDouble(Math.max(0, c - half)), Percent.ofDouble(Math.min(100, c + half)));
  }
}
