package gongkai.cycle;

import gongkai.calendar.Deadline;
import gongkai.error.Check;
import gongkai.error.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One rectification order's progress (整改; rules.md: "corrective action with a deadline and a report"): ORDERED ->
 * the unit reports -> REPORTED -> the office accepts (ACCEPTED, final) or sends it back with a reason (SENT_BACK) ->
 * the unit reports again. An immutable value; every move the state does not allow is a 409 naming {@code state}.
 * A report after the deadline is still taken (the work is wanted) and marked late; the order is overdue while the
 * unit owes a report after the deadline.
 *
 * @param report    the latest report; null before any
 * @param evidence  evidence file ids of the latest report (possibly empty)
 * @param reports   how many reports the unit has filed
 * @param decision  the office's reason for the last send-back or acceptance; null before any
 */
public record Rectification(
    RectificationState state,
    Deadline deadline,
    String report,
    List<String> evidence,
    Instant reportedAt,
    int reports,
    String decision,
    Instant decidedAt) {

  /** The longest report accepted. */
  public static final int MAX_REPORT = 20_000;
  /** The most evidence files one report may name. */
  public static final int MAX_EVIDENCE = 50;

  public Rectification {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(deadline, "deadline");
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** A new order due at {@code deadline}. */
  public static Rectification ordered(Deadline deadline) {
    return new Rectification(RectificationState.ORDERED, Check.present("deadline", deadline), null, List.of(), null,
        0, null, null);
  }

  /** Whether the unit owes a report and the deadline has passed at {@code now}. */
  public boolean overdueAt(Instant now) {
    return state.awaitsReport() && !deadline.isMetAt(now);
  }

  /** Whether the latest report came after the deadline. */
  public boolean reportedLate() {
    return reportedAt != null && !deadline.isMetAt(reportedAt);
  }

  /**
   * The unit files its rectification report (text, and the ids of evidence files), when the order is ORDERED or was
   * SENT_BACK; 409 while a report awaits the office or after acceptance.
   */
  public Rectification report(String text, List<String> evidenceIds, Instant now) {
    if (!state.awaitsReport()) {
      throw DomainException.conflict("state", state == RectificationState.ACCEPTED
          ? "The rectification was accepted at " + decidedAt + "; nothing more is reported"
          : "A report filed at " + reportedAt + " awaits the office's decision");
    }
    String body = Check.required("report", text, MAX_REPORT);
    List<String> ids = evidenceIds == null ? List.of() : evidenceIds;
    if (ids.size() > MAX_EVIDENCE) {
      throw DomainException.invalid("evidence", "evidence: at most " + MAX_EVIDENCE + " files, not " + ids.size());
    }
    for (int i = 0; i < ids.size(); i++) {
      Check.required("evidence[" + i + "]", ids.get(i), 100);
    }
    Check.present("now", now);
    return new Rectification(RectificationState.REPORTED, deadline, body, ids.stream().map(String::strip).toList(),
        now, reports + 1, decision, decidedAt);
  }

  /** The office accepts the report that awaits it (409 otherwise, e.g. a second acceptance). */
  public Rectification accept(String reason, Instant now) {
    requireReported("accepted");
    return new Rectification(RectificationState.ACCEPTED, deadline, report, evidence, reportedAt, reports,
        Check.optional("reason", reason, 2000), Check.present("now", now));
  }

  /** The office sends the report back; the reason is required, since it tells the unit what is still missing. */
  public Rectification sendBack(String reason, Instant now) {
    requireReported("sent back");
    return new Rectification(RectificationState.SENT_BACK, deadline, report, evidence, reportedAt, reports,
        Check.required("reason", reason, 2000), Check.present("now", now));
  }

  private void requireReported(String what) {
    if (state != RectificationState.REPORTED) {
      throw DomainException.conflict("state", "A rectification order in state " + state + " cannot be " + what
          + (state == RectificationState.ACCEPTED ? ": it was accepted at " + decidedAt
          : ": no report awaits a decision"));
    }
  }
}
