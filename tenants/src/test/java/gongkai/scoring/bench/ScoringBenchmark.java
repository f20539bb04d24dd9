package gongkai.scoring.bench;

import gongkai.scoring.BonusClaim;
import gongkai.scoring.DeductionClaim;
import gongkai.scoring.PeriodInput;
import gongkai.scoring.ScoringEngine;
import gongkai.scoring.ScoringInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Issue 3's target: the engine scores 10,000 units x 150 leaf indicators x 12 periods in under 1 s on one core.
 * One benchmark operation scores all 10,000 units on one thread (18 million item scores).
 *
 * <p>To keep the heap small the units share 64 distinct month inputs per month (each a fresh map of 150 scores);
 * the engine still looks up, checks and adds every item of every month of every unit. Run with
 * {@code bench/scoring.sh}; not a test (surefire only runs {@code *Test} classes, and the generated
 * {@code *_jmhTest} classes hold no JUnit tests).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:ActiveProcessorCount=1"})
public class ScoringBenchmark {

  static final int UNITS = 10_000;
  static final int MONTHS = 12;
  static final int VARIANTS = 64;

  private ScoringEngine engine;
  private List<ScoringInput> units;

  @Setup
  public void setUp() {
    engine = ScoringEngine.of(BenchmarkScheme.definition());
    units = units(new Random(20240101L));
  }

  static List<ScoringInput> units(Random random) {
    PeriodInput[][] months = new PeriodInput[MONTHS][VARIANTS];
    for (int m = 0; m < MONTHS; m++) {
      for (int v = 0; v < VARIANTS; v++) {
        months[m][v] = month(String.format("2024-%02d", m + 1), random);
      }
    }
    List<ScoringInput> units = new ArrayList<>(UNITS);
    for (int u = 0; u < UNITS; u++) {
      List<PeriodInput> periods = new ArrayList<>(MONTHS);
      for (int m = 0; m < MONTHS; m++) {
        periods.add(months[m][random.nextInt(VARIANTS)]);
      }
      Map<String, BigDecimal> annual = new LinkedHashMap<>();
      annual.put("leadership", BigDecimal.valueOf(2000 + random.nextInt(2001), 2));
      annual.put("staff", BigDecimal.valueOf(1500 + random.nextInt(1501), 2));
      annual.put("archives", BigDecimal.valueOf(1500 + random.nextInt(1501), 2));
      List<BonusClaim> bonuses = random.nextInt(4) == 0 ? List.of(new BonusClaim("commendation", 2)) : List.of();
      List<DeductionClaim> deductions = random.nextInt(5) == 0
          ? List.of(new DeductionClaim("incident", BigDecimal.valueOf(500 + random.nextInt(501), 2))) : List.of();
      List<String> vetoes = random.nextInt(100) == 0 ? List.of("secret-leak") : List.of();
      units.add(new ScoringInput(null, annual, periods, bonuses, deductions, vetoes, null));
    }
    return units;
  }

  private static PeriodInput month(String id, Random random) {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    for (int g = 0; g < BenchmarkScheme.GROUPS; g++) {
      for (int i = 0; i < BenchmarkScheme.LEAVES_PER_GROUP; i++) {
        scores.put(BenchmarkScheme.leafCode(g, i), BigDecimal.valueOf(40 + random.nextInt(61), 2));
      }
    }
    List<BonusClaim> bonuses = random.nextBoolean() ? List.of(new BonusClaim("volume", 1 + random.nextInt(3)))
        : List.of();
    List<DeductionClaim> deductions = random.nextInt(3) == 0
        ? List.of(new DeductionClaim("late", BigDecimal.valueOf(50 + random.nextInt(251), 2))) : List.of();
    return new PeriodInput(id, scores, bonuses, deductions);
  }

  /** Scores all 10,000 units; the time per operation is the time for the whole population. */
  @Benchmark
  public void scoreTenThousandUnits(Blackhole blackhole) {
    for (ScoringInput unit : units) {
      blackhole.consume(engine.score(unit));
    }
  }

  /** Runs this benchmark; JMH's command-line options (e.g. {@code -i 3 -prof gc}) override the annotations. */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    new Runner(new OptionsBuilder()
        .parent(new CommandLineOptions(args))
        .include(ScoringBenchmark.class.getName() + ".*")
        .build()).run();
  }
}
