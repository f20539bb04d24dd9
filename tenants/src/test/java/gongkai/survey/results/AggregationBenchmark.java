package gongkai.survey.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Not a unit test: times the one-pass aggregation of 1,000,000 synthetic responses over 50 units
 * (seven sections of three questions: two five-level, one 0-10 rating; some optional questions
 * skipped; 2% representative, 3% flagged). Answers are generated before the clock starts; the timed
 * part is accept() for every response plus result(). Run after `mvn -pl tenants -am test-compile`:
 *
 * <pre>java -cp tenants/target/classes:tenants/target/test-classes gongkai.survey.results.AggregationBenchmark</pre>
 */
public final class AggregationBenchmark {
  public static void main(String[] args) throws InterruptedException {
    int responses = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int unitCount = 50;
    SatisfactionScale five = SatisfactionScale.fiveLevel();
    List<Section> sections = new ArrayList<>();
    for (int s = 0; s < 7; s++) {
      sections.add(new Section("s" + s, BigDecimal.valueOf(10 + s), List.of(
          new ScaleQuestion(new QuestionCode(s + "a"), five, BigDecimal.valueOf(2), true, true),
          new ScaleQuestion(new QuestionCode(s + "b"), five, BigDecimal.ONE, false, true),
          new RatingQuestion(new QuestionCode(s + "r"), BigDecimal.ONE, false))));
    }
    ScoringModel model = new ScoringModel(sections);
    int q = model.questions().size();
    List<UnitCode> units = new ArrayList<>();
    for (int u = 0; u < unitCount; u++) units.add(new UnitCode("unit-" + u));
    ResultRules rules = new ResultRules(PartWeights.of("0.6", "0.4"), ResultRules.MissingPartPolicy.USE_PRESENT_PART,
        ResultRules.LevelBasis.SCORE, LevelThresholds.inclusive("80", "60"), 30, 5);

    SplittableRandom random = new SplittableRandom(5);
    int[] answers = new int[responses * q];
    int[] unit = new int[responses];
    boolean[] panel = new boolean[responses];
    boolean[] flagged = new boolean[responses];
    for (int r = 0; r < responses; r++) {
      unit[r] = random.nextInt(unitCount);
      panel[r] = random.nextInt(100) < 2;
      flagged[r] = random.nextInt(100) < 3;
      for (int i = 0; i < q; i++) {
        boolean optional = i % 3 != 0;
        boolean skipped = optional && random.nextInt(100) < 5;
        answers[r * q + i] = skipped ? ScoringModel.UNANSWERED
            : i % 3 == 2 ? random.nextInt(11) : Math.min(4, random.nextInt(3) + random.nextInt(3));
      }
    }
    System.out.printf("%,d responses, %d units, %d scored questions, %s, %d cores%n",
        responses, unitCount, q, System.getProperty("java.vm.name") + " " + Runtime.version(),
        Runtime.getRuntime().availableProcessors());

    for (int run = 1; run <= 5; run++) {
      CampaignAggregator aggregator = new CampaignAggregator(model, units, rules);
      long t0 = System.nanoTime();
      CampaignAccumulator acc = aggregator.newAccumulator();
      int[] row = new int[q];
      for (int r = 0; r < responses; r++) {
        System.arraycopy(answers, r * q, row, 0, q); // a cursor hands one row at a time
        acc.accept(unit[r], panel[r] ? EvaluationMode.REPRESENTATIVE : EvaluationMode.PUBLIC, flagged[r], row);
      }
      long accepted = System.nanoTime() - t0;
      CampaignResult result = aggregator.result(acc);
      long single = System.nanoTime() - t0;

      CampaignAggregator aggregator2 = new CampaignAggregator(model, units, rules);
      long t1 = System.nanoTime();
      CampaignAccumulator[] parts = {aggregator2.newAccumulator(), aggregator2.newAccumulator()};
      Thread[] threads = new Thread[2];
      for (int t = 0; t < 2; t++) {
        int from = t * responses / 2;
        int to = (t + 1) * responses / 2;
        CampaignAccumulator mine = parts[t];
        threads[t] = new Thread(() -> {
          int[] own = new int[q];
          for (int r = from; r < to; r++) {
            System.arraycopy(answers, r * q, own, 0, q);
            mine.accept(unit[r], panel[r] ? EvaluationMode.REPRESENTATIVE : EvaluationMode.PUBLIC, flagged[r], own);
          }
        });
        threads[t].start();
      }
      for (Thread t : threads) t.join();
      parts[0].merge(parts[1]);
      CampaignResult result2 = aggregator2.result(parts[0]);
      long dual = System.nanoTime() - t1;

      UnitResults first = result.units().get(0);
      boolean same = result.units().get(7).allResponses().score().equals(result2.units().get(7).allResponses().score());
      System.out.printf("run %d: one thread %,d ms (of which result() %,d ms), two threads + merge %,d ms (unit-0 score %s / %s excl. flagged, "
              + "public n=%d, same as one thread: %s)%n",
          run, single / 1_000_000, (single - accepted) / 1_000_000, dual / 1_000_000, first.allResponses().score().orElseThrow(),
          first.excludingFlagged().score().orElseThrow(), first.allResponses().publicPart().counts().counted(), same);
    }
  }
}
