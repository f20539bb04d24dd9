package gongkai.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.calendar.Deadline;
import gongkai.error.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RectificationTest {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final Deadline DUE = new Deadline(LocalDate.of(2026, 3, 20),
      LocalDate.of(2026, 3, 21).atStartOfDay(BEIJING));
  private static final Instant BEFORE = Instant.parse("2026-03-10T02:00:00Z");
  private static final Instant AFTER = Instant.parse("2026-03-20T16:00:00Z"); // 00:00 on the 21st in Beijing

  private static DomainException refusal(Runnable move) {
    try {
      move.run();
    } catch (DomainException e) {
      return e;
    }
    throw new AssertionError("not refused");
  }

  @Test
  void an_order_is_reported_sent_back_reported_again_and_accepted() {
    Rectification ordered = Rectification.ordered(DUE);
    Rectification reported = ordered.report("已补充培训记录", List.of("ev-1"), BEFORE);
    assertThat(reported.state()).isEqualTo(RectificationState.REPORTED);
    assertThat(reported.evidence()).containsExactly("ev-1");
    Rectification sentBack = reported.sendBack("缺少签到表", BEFORE.plusSeconds(60));
    assertThat(sentBack.state()).isEqualTo(RectificationState.SENT_BACK);
    assertThat(sentBack.decision()).isEqualTo("缺少签到表");
    Rectification again = sentBack.report("已补充签到表", List.of("ev-1", "ev-2"), BEFORE.plusSeconds(120));
    assertThat(again.reports()).isEqualTo(2);
    Rectification accepted = again.accept(null, BEFORE.plusSeconds(180));
    assertThat(accepted.state()).isEqualTo(RectificationState.ACCEPTED);
    assertThat(accepted.overdueAt(AFTER)).isFalse();
  }

  @Test
  void accepting_twice_or_without_a_report_and_reporting_while_one_waits_are_conflicts() {
    Rectification ordered = Rectification.ordered(DUE);
    assertThat(refusal(() -> ordered.accept("ok", BEFORE)).kind()).isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(refusal(() -> ordered.sendBack("no", BEFORE)).field()).isEqualTo("state");
    Rectification reported = ordered.report("done", List.of(), BEFORE);
    assertThat(refusal(() -> reported.report("again", List.of(), BEFORE)).kind())
        .isEqualTo(DomainException.Kind.CONFLICT);
    Rectification accepted = reported.accept("ok", BEFORE);
    DomainException twice = refusal(() -> accepted.accept("ok", BEFORE));
    assertThat(twice.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(twice.getMessage()).contains("accepted at");
    assertThat(refusal(() -> accepted.report("more", List.of(), BEFORE)).kind())
        .isEqualTo(DomainException.Kind.CONFLICT);
  }

  @Test
  void a_report_needs_text_and_a_send_back_a_reason() {
    Rectification ordered = Rectification.ordered(DUE);
    assertThat(refusal(() -> ordered.report(" ", List.of(), BEFORE)).field()).isEqualTo("report");
    assertThat(refusal(() -> ordered.report("x", List.of("ok", ""), BEFORE)).field()).isEqualTo("evidence[1]");
    Rectification reported = ordered.report("x", null, BEFORE);
    assertThat(refusal(() -> reported.sendBack("", BEFORE)).field()).isEqualTo("reason");
    assertThat(reported.state()).isEqualTo(RectificationState.REPORTED);
  }

  @Test
  void an_order_is_overdue_only_while_a_report_is_owed_after_the_end_of_the_due_day() {
    Rectification ordered = Rectification.ordered(DUE);
    assertThat(ordered.overdueAt(AFTER.minusSeconds(1))).isFalse();
    assertThat(ordered.overdueAt(AFTER)).isTrue();
    Rectification late = ordered.report("late", List.of(), AFTER);
    assertThat(late.overdueAt(AFTER)).as("the office has it now").isFalse();
    assertThat(late.reportedLate()).isTrue();
    assertThat(late.sendBack("more", AFTER).overdueAt(AFTER)).isTrue();
  }
}
