package gongkai.ui.cycle;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gongkai.cycle.AssessorAssignment;
import gongkai.cycle.AssessorScore;
import gongkai.cycle.CycleMove;
import gongkai.cycle.CycleState;
import gongkai.cycle.CycleView;
import gongkai.cycle.Cycles;
import gongkai.cycle.LeadingGroupApproval;
import gongkai.cycle.Move;
import gongkai.cycle.ReviewDecisionInput;
import gongkai.cycle.ReviewRequestInput;
import gongkai.cycle.ReviewView;
import gongkai.cycle.Reviews;
import gongkai.cycle.UnitResult;
import gongkai.cycle.UnitStage;
import gongkai.cycle.ScoringSheet;
import gongkai.error.DomainException;
import gongkai.scheme.Schemes;
import gongkai.scoring.ExplanationLine;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import gongkai.ui.MainLayout;
import gongkai.ui.form.ServerErrors;
import gongkai.user.User;
import gongkai.user.Users;
import gongkai.ui.session.RequiresRole;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One cycle: its state and the moves the office may make (each confirmed), every unit's progress (self-assessment
 * submitted, scored, contested, final) with counts and progress bars, the review requests and their decisions, and
 * the results with grades, the engine's explanation of each unit's score and the grade distribution.
 */
@Route(value = "cycles/:cycleCode", layout = MainLayout.class)
@PageTitle("Gongkai 公开")
@RequiresRole({Role.TENANT_ADMIN, Role.ASSESSOR, Role.UNIT_LIAISON})
@Dependent
public class CycleDashboardView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Cycles cycles;
    private final Reviews reviews;
    private final Users users;
    private final Schemes schemes;
    private String cycleCode;

    @Inject
    public CycleDashboardView(Cycles cycles, Reviews reviews, Users users, Schemes schemes) {
        this.cycles = cycles;
        this.reviews = reviews;
        this.users = users;
        this.schemes = schemes;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cycleCode = event.getRouteParameters().get("cycleCode").orElse("");
        refresh();
    }

    private void refresh() {
        removeAll();
        try {
            show(cycles.get(cycleCode));
        } catch (DomainException problem) {
            add(new H2(getTranslation("cycles.title")));
            ServerErrors.show(problem, Map.of());
        }
    }

    private boolean office() {
        Acting acting = TenantContext.current();
        return acting.mayChange(Role.TENANT_ADMIN);
    }

    private void show(CycleView cycle) {
        Acting acting = TenantContext.current();
        H2 title = new H2(cycle.code() + " · " + cycle.schemeCode() + " v" + cycle.schemeVersion() + " · "
                + cycle.period());
        Span state = new Span(getTranslation("cycle.state." + cycle.state().name()));
        state.setId("cycle-state");
        state.getElement().getThemeList().add("badge primary");
        HorizontalLayout header = new HorizontalLayout(title, state);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, dates(cycle));
        if (office()) {
            add(moves(cycle));
        }
        add(new H3(getTranslation("cycle.units")), stageCounts(cycle), unitsGrid(cycle, acting));
        addReviews(cycle, acting);
        addResults(cycle);
    }

    private Paragraph dates(CycleView cycle) {
        StringBuilder text = new StringBuilder();
        if (cycle.noticeDate() != null) {
            text.append(getTranslation("cycle.noticeDate")).append(' ').append(cycle.noticeDate()).append("　");
        }
        if (cycle.earliestAssessmentStart() != null && cycle.assessmentStartedOn() == null) {
            text.append(getTranslation("cycle.earliestStart")).append(' ').append(cycle.earliestAssessmentStart())
                    .append("　");
        }
        if (cycle.reviewWindowEnd() != null) {
            text.append(getTranslation("cycle.reviewWindowEnd")).append(' ').append(WHEN.format(cycle.reviewWindowEnd()))
                    .append("　");
        }
        if (cycle.publishedAt() != null) {
            text.append(getTranslation("cycle.publishedAt")).append(' ').append(WHEN.format(cycle.publishedAt()));
        }
        return new Paragraph(text.toString());
    }

    private HorizontalLayout moves(CycleView cycle) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("cycle-moves");
        for (Move move : cycle.allowedMoves()) {
            if (!move.changesState() && move != Move.CLOSE_REVIEW) {
                continue;
            }
            if (move == Move.CLOSE_REVIEW && cycle.reviewClosedAt() != null) {
                continue;
            }
            Button button = new Button(getTranslation("cycle.move." + move.name()), e -> confirmMove(move));
            button.setId("move-" + slug(move));
            if (move == Move.CANCEL || move == Move.REOPEN_ASSESSMENT) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            } else {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            bar.add(button);
        }
        return bar;
    }

    private static String slug(Move move) {
        return move.name().toLowerCase().replace('_', '-');
    }

    /** Every move is confirmed, with what it needs (a date, the leading group's approval, a reason). */
    private void confirmMove(Move move) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cycle.move." + move.name()));
        dialog.add(new Paragraph(getTranslation("cycle.move.confirm", getTranslation("cycle.move." + move.name()),
                cycleCode)));
        DatePicker date = new DatePicker();
        date.setId("move-date");
        date.setValue(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        TextField reference = new TextField(getTranslation("cycle.approval.reference"));
        reference.setId("move-reference");
        reference.setWidthFull();
        TextArea reason = new TextArea(getTranslation("cycle.cancel.reason"));
        reason.setId("move-reason");
        reason.setWidthFull();
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        switch (move) {
            case NOTIFY -> {
                date.setLabel(getTranslation("cycle.noticeDate"));
                dialog.add(date);
                fields.put("noticeDate", date);
            }
            case START_ASSESSMENT -> {
                date.setLabel(getTranslation("cycle.startDate"));
                dialog.add(date);
                fields.put("startDate", date);
            }
            case FINALISE -> {
                date.setLabel(getTranslation("cycle.approval.date"));
                dialog.add(new FormLayout(reference, date));
                fields.put("approval.reference", reference);
                fields.put("approval", reference);
                fields.put("approval.approvedOn", date);
            }
            case CANCEL -> {
                dialog.add(reason);
                fields.put("reason", reason);
            }
            default -> {
            }
        }
        Button confirm = new Button(getTranslation("cycle.confirm"), e -> {
            try {
                CycleMove details = switch (move) {
                    case NOTIFY -> new CycleMove(date.getValue(), null, null, null);
                    case START_ASSESSMENT -> new CycleMove(null, date.getValue(), null, null);
                    case FINALISE -> new CycleMove(null, null,
                            new LeadingGroupApproval(reference.getValue(), date.getValue()), null);
                    case CANCEL -> new CycleMove(null, null, null, reason.getValue());
                    default -> CycleMove.none();
                };
                cycles.move(cycleCode, slug(move), details);
                dialog.close();
                ServerErrors.saved(getTranslation("saved"));
                refresh();
            } catch (DomainException problem) {
                ServerErrors.show(problem, fields);
            }
        });
        confirm.setId("move-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("32em");
        dialog.open();
    }

    private Div stageCounts(CycleView cycle) {
        Div counts = new Div();
        counts.setId("stage-counts");
        counts.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        Map<UnitStage, Integer> byStage = new EnumMap<>(UnitStage.class);
        Arrays.stream(UnitStage.values()).forEach(s -> byStage.put(s, 0));
        cycle.units().forEach(u -> byStage.merge(u.stage(), 1, Integer::sum));
        byStage.forEach((stage, n) -> {
            Span badge = new Span(getTranslation("cycle.stage." + stage.name()) + " " + n);
            badge.setId("stage-count-" + stage.name());
            badge.getElement().getThemeList().add("badge contrast");
            counts.add(badge);
        });
        int total = cycle.units().size();
        int scored = (int) cycle.units().stream().filter(u -> u.indicators() > 0 && u.indicatorsScored() == u.indicators())
                .count();
        ProgressBar overall = new ProgressBar(0, Math.max(1, total), scored);
        overall.setWidth("16em");
        counts.add(new Span(getTranslation("cycle.scoredUnits", scored, total)), overall);
        return counts;
    }

    private Grid<CycleView.UnitView> unitsGrid(CycleView cycle, Acting acting) {
        Grid<CycleView.UnitView> grid = new Grid<>();
        grid.setId("cycle-units-grid");
        grid.addColumn(CycleView.UnitView::unitCode).setHeader(getTranslation("field.code")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation("cycle.stage." + u.stage().name()))
                .setHeader(getTranslation("cycle.stage")).setAutoWidth(true);
        grid.addColumn(u -> u.selfAssessmentSubmittedAt() == null ? "" : WHEN.format(u.selfAssessmentSubmittedAt()))
                .setHeader(getTranslation("cycle.self.submittedAt")).setAutoWidth(true);
        grid.addComponentColumn(u -> {
            ProgressBar bar = new ProgressBar(0, Math.max(1, u.indicators()), u.indicatorsScored());
            Span text = new Span(u.indicatorsScored() + "/" + u.indicators());
            Div cell = new Div(text, bar);
            cell.setWidthFull();
            return cell;
        }).setHeader(getTranslation("cycle.scored")).setWidth("12em");
        grid.addColumn(u -> String.join(", ", u.assessors())).setHeader(getTranslation("cycle.assessors"));
        boolean scorer = !acting.caller().is(Role.UNIT_LIAISON);
        grid.addComponentColumn(u -> {
            HorizontalLayout actions = new HorizontalLayout();
            Button self = new Button(getTranslation("cycle.self.title"), VaadinIcon.FILE_TEXT_O.create(),
                    e -> UI.getCurrent().navigate("cycles/" + cycleCode + "/units/" + u.unitCode() + "/self-assessment"));
            self.setId("self-" + u.unitCode());
            self.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            actions.add(self);
            if (scorer) {
                Button score = new Button(getTranslation("cycle.scoring.title"), VaadinIcon.EDIT.create(),
                        e -> UI.getCurrent().navigate("cycles/" + cycleCode + "/units/" + u.unitCode() + "/scores"));
                score.setId("score-" + u.unitCode());
                score.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                actions.add(score);
            }
            if (office() && !cycle.state().terminal() && !cycle.state().gradesLocked()) {
                Button assign = new Button(getTranslation("cycle.assign"), VaadinIcon.USER_CHECK.create(),
                        e -> assignDialog(u));
                assign.setId("assign-" + u.unitCode());
                assign.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                actions.add(assign);
            }
            return actions;
        }).setAutoWidth(true);
        grid.setItems(cycle.units());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    private void assignDialog(CycleView.UnitView unit) {
        MultiSelectComboBox<String> assessors = new MultiSelectComboBox<>(getTranslation("cycle.assessors"));
        assessors.setId("assign-assessors");
        assessors.setItems(users.list().stream().filter(u -> u.role() == Role.ASSESSOR && u.active())
                .map(User::username).toList());
        assessors.setValue(new HashSet<>(unit.assessors()));
        assessors.setWidthFull();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cycle.assign") + " · " + unit.unitCode());
        dialog.add(assessors);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                cycles.assign(cycleCode, unit.unitCode(),
                        new AssessorAssignment(assessors.getValue().stream().sorted().toList()));
                dialog.close();
                refresh();
            } catch (DomainException problem) {
                ServerErrors.show(problem, Map.of("usernames", assessors));
            }
        });
        save.setId("assign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("32em");
        dialog.open();
    }

    private void addReviews(CycleView cycle, Acting acting) {
        if (cycle.state().compareTo(CycleState.REVIEW) < 0 || cycle.state() == CycleState.CANCELLED) {
            return;
        }
        List<ReviewView> requests = reviews.list(cycleCode);
        boolean open = cycle.state() == CycleState.REVIEW && cycle.reviewClosedAt() == null && !acting.readOnly();
        H3 heading = new H3(getTranslation("cycle.reviews"));
        HorizontalLayout bar = new HorizontalLayout(heading);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (open && acting.caller().is(Role.UNIT_LIAISON)) {
            Button contest = new Button(getTranslation("cycle.review.request"), VaadinIcon.COMMENT.create(),
                    e -> requestDialog(cycle));
            contest.setId("review-request");
            bar.add(contest);
        }
        add(bar);
        Grid<ReviewView> grid = new Grid<>();
        grid.setId("reviews-grid");
        grid.addColumn(ReviewView::unitCode).setHeader(getTranslation("field.code")).setAutoWidth(true);
        grid.addColumn(ReviewView::indicator).setHeader(getTranslation("cycle.indicator")).setAutoWidth(true);
        grid.addColumn(ReviewView::reason).setHeader(getTranslation("cycle.review.reason")).setFlexGrow(2);
        grid.addColumn(r -> r.accepted() == null ? getTranslation("cycle.review.pending")
                : getTranslation(r.accepted() ? "cycle.review.accepted" : "cycle.review.rejected")
                + (r.late() ? " · " + getTranslation("cycle.review.late") : ""))
                .setHeader(getTranslation("cycle.review.decision")).setAutoWidth(true);
        grid.addColumn(r -> r.decidedReason() == null ? "" : r.decidedReason())
                .setHeader(getTranslation("cycle.review.decidedReason")).setFlexGrow(2);
        grid.addColumn(r -> r.oldScore() + (r.newScore() == null ? "" : " → " + r.newScore()))
                .setHeader(getTranslation("cycle.review.scores")).setAutoWidth(true);
        boolean decider = open && (office() || acting.caller().is(Role.ASSESSOR));
        if (decider) {
            grid.addComponentColumn(r -> {
                Button decide = new Button(getTranslation("cycle.review.decide"), e -> decideDialog(r));
                decide.setId("decide-" + r.unitCode() + "-" + r.indicator());
                decide.addThemeVariants(ButtonVariant.LUMO_SMALL);
                decide.setVisible(r.accepted() == null);
                return decide;
            }).setAutoWidth(true);
        }
        grid.setItems(requests);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private void requestDialog(CycleView cycle) {
        String unitCode = cycle.units().isEmpty() ? null : cycle.units().get(0).unitCode();
        ComboBox<String> indicator = new ComboBox<>(getTranslation("cycle.indicator"));
        indicator.setId("review-indicator");
        Map<String, gongkai.scoring.Indicator> leaves = ScoringSheet.of(schemes.get(cycle.schemeCode(),
                cycle.schemeVersion()).definition()).leaves();
        indicator.setItems(leaves.keySet());
        indicator.setItemLabelGenerator(code -> code + " " + CycleTexts.name(leaves.get(code).name()));
        indicator.setRequiredIndicatorVisible(true);
        indicator.setWidthFull();
        TextArea reason = new TextArea(getTranslation("cycle.review.reason"));
        reason.setId("review-reason");
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setMaxLength(2000);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setManualValidation(true);
        reason.addValueChangeListener(e -> required(reason));
        indicator.setManualValidation(true);
        indicator.addValueChangeListener(e -> chosen(indicator));
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cycle.review.request") + " · " + unitCode);
        dialog.add(new FormLayout(indicator, reason));
        Map<String, HasValidation> fields = Map.of("indicator", indicator, "reason", reason);
        Button send = new Button(getTranslation("action.save"), e -> {
            if (!(chosen(indicator) & required(reason))) {
                return;
            }
            try {
                reviews.request(cycleCode, unitCode, new ReviewRequestInput(indicator.getValue(), reason.getValue()));
                dialog.close();
                refresh();
            } catch (DomainException problem) {
                ServerErrors.show(problem, fields);
            }
        });
        send.setId("review-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.setWidth("36em");
        dialog.open();
    }

    private void decideDialog(ReviewView request) {
        RadioButtonGroup<Boolean> accepted = new RadioButtonGroup<>(getTranslation("cycle.review.decision"));
        accepted.setId("decision-accepted");
        accepted.setItems(true, false);
        accepted.setItemLabelGenerator(a -> getTranslation(a ? "cycle.review.accept" : "cycle.review.reject"));
        accepted.setValue(false);
        BigDecimalField newScore = new BigDecimalField(getTranslation("cycle.review.newScore"));
        newScore.setId("decision-score");
        newScore.setVisible(false);
        TextField comment = new TextField(getTranslation("cycle.scoring.comment"));
        comment.setId("decision-comment");
        comment.setVisible(false);
        accepted.addValueChangeListener(e -> {
            newScore.setVisible(Boolean.TRUE.equals(e.getValue()));
            comment.setVisible(Boolean.TRUE.equals(e.getValue()));
        });
        TextArea reason = new TextArea(getTranslation("cycle.review.decidedReason"));
        reason.setId("decision-reason");
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setMaxLength(2000);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setManualValidation(true);
        reason.addValueChangeListener(e -> required(reason));
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cycle.review.decide") + " · " + request.unitCode() + " · "
                + request.indicator());
        dialog.add(new Paragraph(request.reason()), new FormLayout(accepted, newScore, comment, reason));
        Map<String, HasValidation> fields = Map.of("reason", reason, "newScore", newScore,
                "scores." + request.indicator(), newScore, "scores." + request.indicator() + ".comment", comment);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (!required(reason)) {
                return;
            }
            try {
                boolean accept = Boolean.TRUE.equals(accepted.getValue());
                reviews.decide(cycleCode, request.unitCode(), request.id(), new ReviewDecisionInput(accept,
                        reason.getValue(), accept && newScore.getValue() != null
                        ? new AssessorScore(newScore.getValue(), comment.getValue().isBlank() ? null : comment.getValue())
                        : null));
                dialog.close();
                refresh();
            } catch (DomainException problem) {
                ServerErrors.show(problem, fields);
            }
        });
        save.setId("decision-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("36em");
        dialog.open();
    }

    /** A review's reason is required (as the server says): shown beside the field as the user types. */
    private boolean required(TextArea reason) {
        boolean missing = reason.getValue() == null || reason.getValue().isBlank();
        reason.setErrorMessage(missing ? getTranslation("cycle.review.reasonRequired") : null);
        reason.setInvalid(missing);
        return !missing;
    }

    private boolean chosen(ComboBox<String> indicator) {
        boolean missing = indicator.getValue() == null;
        indicator.setErrorMessage(missing ? getTranslation("cycle.review.indicatorRequired") : null);
        indicator.setInvalid(missing);
        return !missing;
    }

    private void addResults(CycleView cycle) {
        List<UnitResult> results = cycles.results(cycleCode);
        if (results.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("cycle.results")));
        Grid<UnitResult> grid = new Grid<>();
        grid.setId("results-grid");
        grid.addColumn(UnitResult::unitCode).setHeader(getTranslation("field.code")).setAutoWidth(true);
        grid.addColumn(UnitResult::total).setHeader(getTranslation("cycle.total")).setAutoWidth(true);
        grid.addColumn(r -> r.uncappedTotal().equals(r.total()) ? "" : r.uncappedTotal())
                .setHeader(getTranslation("cycle.uncappedTotal")).setAutoWidth(true);
        grid.addColumn(r -> r.gradeLabel() != null ? r.gradeLabel() : getTranslation("cycle.grade." + r.grade().name()))
                .setHeader(getTranslation("cycle.grade")).setAutoWidth(true);
        grid.addColumn(r -> r.finalGrade() == null ? "" : getTranslation("cycle.grade." + r.finalGrade().name()))
                .setHeader(getTranslation("cycle.finalGrade")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button explain = new Button(getTranslation("cycle.explain"), VaadinIcon.INFO_CIRCLE_O.create(),
                    e -> explain(r));
            explain.setId("explain-" + r.unitCode());
            explain.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return explain;
        }).setAutoWidth(true);
        grid.setItems(results);
        grid.setAllRowsVisible(true);
        add(grid, new GradeChart(results));
    }

    /** The engine's own account of the score: every component, bonus, cap, deduction, veto and condition. */
    private void explain(UnitResult result) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cycle.explain") + " · " + result.unitCode() + " · " + result.total());
        Grid<ExplanationLine> lines = new Grid<>();
        lines.setId("explanation-grid");
        lines.addColumn(l -> getTranslation("cycle.explanation." + l.kind().name())).setHeader(getTranslation("cycle.explanation.kind"))
                .setAutoWidth(true);
        lines.addColumn(l -> ExplanationTexts.code(l, this::getTranslation)).setHeader(getTranslation("field.code"))
                .setAutoWidth(true);
        // In the user's language from the line's key and arguments; the engine's English text is the API's (#4).
        lines.addColumn(l -> ExplanationTexts.text(l, this::getTranslation))
                .setHeader(getTranslation("cycle.explanation.text")).setFlexGrow(3);
        lines.setItems(result.explanation());
        lines.setAllRowsVisible(true);
        dialog.add(lines);
        dialog.setWidth("56em");
        dialog.getFooter().add(new Button(getTranslation("cycle.close"), e -> dialog.close()));
        dialog.open();
    }
}
