package gongkai.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gongkai.error.DomainException;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every move from every situation, under rules with and without required self-assessment. */
class CycleStateMachineTest {

  /** The specification, written out independently of {@link CycleProgress}: situation -> move -> next. */
  private static Map<Move, Situation> legal(Situation from, boolean selfAssessmentRequired) {
    Map<Move, Situation> moves = new EnumMap<>(Move.class);
    switch (from) {
      case PLANNED -> {
        moves.put(Move.NOTIFY, Situation.NOTIFIED);
        moves.put(Move.CANCEL, Situation.CANCELLED);
      }
      case NOTIFIED -> {
        moves.put(Move.OPEN_SELF_ASSESSMENT, Situation.SELF_ASSESSMENT);
        moves.put(Move.CANCEL, Situation.CANCELLED);
        if (!selfAssessmentRequired) {
          moves.put(Move.START_ASSESSMENT, Situation.ASSESSMENT);
        }
      }
      case SELF_ASSESSMENT -> {
        moves.put(Move.SUBMIT_SELF_ASSESSMENT, Situation.SELF_ASSESSMENT);
        moves.put(Move.START_ASSESSMENT, Situation.ASSESSMENT);
        moves.put(Move.CANCEL, Situation.CANCELLED);
      }
      case ASSESSMENT -> {
        moves.put(Move.ENTER_SCORES, Situation.ASSESSMENT);
        moves.put(Move.COMPUTE_PRELIMINARY, Situation.PRELIMINARY);
      }
      case PRELIMINARY -> {
        moves.put(Move.REOPEN_ASSESSMENT, Situation.ASSESSMENT);
        moves.put(Move.OPEN_REVIEW, Situation.REVIEW_OPEN);
      }
      case REVIEW_OPEN -> {
        moves.put(Move.REQUEST_REVIEW, Situation.REVIEW_OPEN);
        moves.put(Move.DECIDE_REVIEW, Situation.REVIEW_OPEN);
        moves.put(Move.ENTER_SCORES, Situation.REVIEW_OPEN);
        moves.put(Move.CLOSE_REVIEW, Situation.REVIEW_CLOSED);
      }
      case REVIEW_CLOSED -> moves.put(Move.FINALISE, Situation.FINAL);
      case FINAL -> moves.put(Move.PUBLISH, Situation.PUBLISHED);
      case PUBLISHED -> moves.put(Move.CLOSE, Situation.CLOSED);
      case CLOSED, CANCELLED -> {
      }
    }
    return moves;
  }

  static Stream<Arguments> everySituationAndMove() {
    return Stream.of(true, false).flatMap(required -> Stream.of(Situation.values())
        .flatMap(from -> Stream.of(Move.values()).map(move -> Arguments.of(from, move, required))));
  }

  @ParameterizedTest(name = "{0} + {1} (self-assessment required: {2})")
  @MethodSource("everySituationAndMove")
  void legal_moves_reach_the_next_state_and_illegal_ones_are_409_naming_state_and_move(Situation from, Move move,
      boolean selfAssessmentRequired) {
    CycleProgress cycle = from.reach(CycleRules.defaults().withSelfAssessmentRequired(selfAssessmentRequired));
    assertThat(cycle.state()).isEqualTo(from.state());
    Situation expected = legal(from, selfAssessmentRequired).get(move);

    assertThat(cycle.allows(move)).as("allows(%s)", move).isEqualTo(expected != null);
    if (expected != null) {
      CycleProgress next = Situation.apply(cycle, move);
      assertThat(next.state()).isEqualTo(expected.state());
      assertThat(next.reviewClosed()).isEqualTo(expected == Situation.REVIEW_CLOSED
          || (next.state().compareTo(CycleState.FINAL) >= 0 && next.state() != CycleState.CANCELLED));
      assertThat(move.changesState()).isEqualTo(next.state() != cycle.state());
    } else {
      DomainException e = catchThrowableOfType(() -> Situation.apply(cycle, move), DomainException.class);
      assertThat(e).as("%s must be refused in %s", move, from).isNotNull();
      assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
      assertThat(e.field()).isEqualTo("state");
      assertThat(e.getMessage()).contains("state " + from.state().name()).contains(move.name());
    }
  }
}
