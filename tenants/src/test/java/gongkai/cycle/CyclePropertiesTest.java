package gongkai.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.error.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Laws of the cycle over random sequences of moves. Each step is a number: one in three tries an arbitrary move
 * (mostly refused), the others pick one of the moves {@code allows} offers, so that many runs get to the end.
 */
class CyclePropertiesTest {

  @Provide
  Arbitrary<List<Integer>> steps() {
    return Arbitraries.integers().between(0, 1000).list().ofMaxSize(60);
  }

  private record Run(List<CycleState> visited, CycleProgress last) {}

  private static Run run(List<Integer> steps, boolean selfAssessmentRequired) {
    CycleProgress cycle = CycleProgress.plan(CycleRules.defaults().withSelfAssessmentRequired(selfAssessmentRequired));
    List<CycleState> visited = new ArrayList<>(List.of(cycle.state()));
    for (int step : steps) {
      Move move;
      List<Move> offered = List.of(Move.values()).stream().filter(cycle::allows).toList();
      if (step % 3 == 0 || offered.isEmpty()) {
        move = Move.values()[step % Move.values().length];
      } else {
        move = offered.get(step % offered.size());
      }
      boolean allowed = cycle.allows(move);
      try {
        CycleProgress next = Situation.apply(cycle, move);
        assertThat(allowed).as("%s succeeded in %s although allows() said no", move, cycle.state()).isTrue();
        cycle = next;
        visited.add(cycle.state());
      } catch (DomainException e) {
        assertThat(allowed).as("%s refused in %s although allows() said yes", move, cycle.state()).isFalse();
        assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
      }
    }
    return new Run(visited, cycle);
  }

  @Property(tries = 2000)
  void no_sequence_of_moves_reaches_published_without_passing_final(@ForAll("steps") List<Integer> steps,
      @ForAll boolean selfAssessmentRequired) {
    Run run = run(steps, selfAssessmentRequired);
    int published = run.visited().indexOf(CycleState.PUBLISHED);

    Statistics.label("reached PUBLISHED").collect(published >= 0);
    Statistics.label("reached PUBLISHED").coverage(c -> c.check(true).percentage(p -> p > 5));
    if (published >= 0) {
      int lastFinal = run.visited().subList(0, published).lastIndexOf(CycleState.FINAL);
      assertThat(lastFinal).as("FINAL before PUBLISHED in %s", run.visited()).isGreaterThanOrEqualTo(0);
      // and the leading group's approval came with it
      assertThat(run.last().approval()).isNotNull();
    }
  }

  @Property(tries = 1000)
  void the_states_only_ever_move_forward_except_reopening_the_assessment(@ForAll("steps") List<Integer> steps,
      @ForAll boolean selfAssessmentRequired) {
    List<CycleState> visited = run(steps, selfAssessmentRequired).visited();

    for (int i = 1; i < visited.size(); i++) {
      CycleState from = visited.get(i - 1);
      CycleState to = visited.get(i);
      boolean reopened = from == CycleState.PRELIMINARY && to == CycleState.ASSESSMENT;
      assertThat(to.compareTo(from) >= 0 || reopened).as("%s -> %s", from, to).isTrue();
      if (to == CycleState.CANCELLED) {
        assertThat(from).isIn(Set.of(CycleState.PLANNED, CycleState.NOTIFIED, CycleState.SELF_ASSESSMENT));
      }
      if (from.terminal()) {
        assertThat(to).isEqualTo(from);
      }
    }
  }
}
