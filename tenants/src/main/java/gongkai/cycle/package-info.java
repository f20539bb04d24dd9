/**
 * Assessment cycles (考核), the pure core (issue 4): the cycle's state machine ({@link gongkai.cycle.CycleProgress},
 * {@link gongkai.cycle.CycleState}, {@link gongkai.cycle.Move}) under per-scheme {@link gongkai.cycle.CycleRules};
 * each unit's progress ({@link gongkai.cycle.UnitProgress}) with its self-assessment, assessors' scores
 * ({@link gongkai.cycle.AssessorScores}) and review requests; Weibin-style routine assessment
 * ({@link gongkai.cycle.RoutinePeriods}, {@link gongkai.cycle.RoutineAssessment}); and the consequences of grades
 * ({@link gongkai.cycle.Consequences}). Those are immutable values and functions, no database, no HTTP, no
 * {@code jakarta.*}. Over them, the stored cycles: entities ({@link gongkai.cycle.AssessmentCycle},
 * {@link gongkai.cycle.CycleUnit}, {@link gongkai.cycle.ReviewRecord}) that load and store those values, and the
 * services ({@link gongkai.cycle.Cycles}, {@link gongkai.cycle.SelfAssessments},
 * {@link gongkai.cycle.AssessorScoring}, {@link gongkai.cycle.Reviews}, {@link gongkai.cycle.PublicResults}) that
 * add who may act and the audit log, and leave every rule of the procedure to the values.
 *
 * <p>Every refusal is a {@link gongkai.error.DomainException}: CONFLICT (409) for a move the state or a date does
 * not allow, naming the state and the move; INVALID (400) for bad input, naming the field. Why the machine is shaped
 * as it is: docs/decisions/006-cycle-state-machine.md.
 */
package gongkai.cycle;
