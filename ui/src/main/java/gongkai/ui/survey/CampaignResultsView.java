package gongkai.ui.survey;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gongkai.error.DomainException;
import gongkai.survey.AnswerDistribution;
import gongkai.survey.CampaignResults;
import gongkai.survey.CampaignSummary;
import gongkai.survey.Campaigns;
import gongkai.survey.DefaultQuestionnaire;
import gongkai.survey.FlaggedResponse;
import gongkai.survey.Panels;
import gongkai.survey.ResponseReview;
import gongkai.survey.SurveyResults;
import gongkai.survey.UnitEvaluation;
import gongkai.survey.UnitFigures;
import gongkai.survey.UnitLevels;
import gongkai.survey.results.EvaluationMode;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.Tenant;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import gongkai.ui.MainLayout;
import gongkai.ui.form.ServerErrors;
import gongkai.ui.session.RequiresRole;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A campaign's results (issue 5): per unit the counts, the satisfaction rate with its 95% Wilson interval, the score,
 * the level and the small-sample warning, each with all responses and without the excluded ones; charts of the
 * levels per unit, of the answers per question and of the trend against last year's campaign; the review of
 * flagged responses; the exports; and, for a campaign with representative evaluation, its panel ({@link PanelSection}).
 */
@Route(value = "campaigns/:campaignCode/results", layout = MainLayout.class)
@PageTitle("Gongkai 公开")
@RequiresRole({Role.TENANT_ADMIN, Role.ASSESSOR})
@Dependent
public class CampaignResultsView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SurveyResults results;
    private final Campaigns campaigns;
    private final Panels panels;
    private final Jurisdictions jurisdictions;
    private final H2 title = new H2();
    private final Span summary = new Span();
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final TabSheet tabs = new TabSheet();
    private final Grid<UnitEvaluation> grid = new Grid<>();
    private final VerticalLayout levels = new VerticalLayout();
    private final VerticalLayout answers = new VerticalLayout();
    private final VerticalLayout trend = new VerticalLayout();
    private final Grid<FlaggedResponse> review = new Grid<>();
    private CampaignSummary campaign;
    private boolean office;

    @Inject
    public CampaignResultsView(SurveyResults results, Campaigns campaigns, Panels panels, Jurisdictions jurisdictions) {
        this.results = results;
        this.campaigns = campaigns;
        this.panels = panels;
        this.jurisdictions = jurisdictions;
        setSizeFull();
        summary.setId("results-summary");
        downloads.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout header = new HorizontalLayout(title, summary);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        buildGrid();
        buildReview();
        VerticalLayout figures = new VerticalLayout(grid, new Paragraph(getTranslation("results.note")), levels);
        figures.setPadding(false);
        tabs.add(getTranslation("results.tab.units"), figures);
        tabs.add(getTranslation("results.tab.answers"), answers);
        tabs.add(getTranslation("results.tab.trend"), trend);
        tabs.add(getTranslation("results.tab.review"), review);
        tabs.setSizeFull();
        add(header, downloads, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            campaign = campaigns.get(event.getRouteParameters().get("campaignCode").orElse(""));
        } catch (DomainException e) {
            event.rerouteTo("campaigns");
            return;
        }
        Acting acting = TenantContext.current();
        office = acting.mayChange(Role.TENANT_ADMIN);
        title.setText(campaign.names().zhHans() + " · " + campaign.code());
        String base = "/api/v1/tenants/" + acting.tenantCode() + "/campaigns/" + campaign.code();
        downloads.removeAll();
        for (String file : List.of("results.csv", "results.xlsx", "responses.csv", "responses.xlsx")) {
            Anchor link = new Anchor(base + "/" + file, getTranslation("results.download." + file));
            link.getElement().setAttribute("download", true);
            link.setId("download-" + file.replace('.', '-'));
            downloads.add(link);
        }
        if (campaign.modes().contains(EvaluationMode.REPRESENTATIVE)) {
            var panelTab = tabs.add(getTranslation("panel.tab"), new PanelSection(panels, campaign.code(), office,
                    jurisdictions.byId(acting.tenantId()).map(Tenant::timeZone).orElse(java.time.ZoneId.of("Asia/Shanghai"))));
            panelTab.setId("tab-panel");
            // ?tab=panel: the campaigns list's 代表评议 button opens the panel directly
            if (event.getLocation().getQueryParameters().getParameters().getOrDefault("tab", List.of()).contains("panel")) {
                tabs.setSelectedTab(panelTab);
            }
        }
        refresh();
    }

    private void refresh() {
        CampaignResults r = results.of(campaign.code());
        summary.setText(getTranslation("results.summary", getTranslation("campaigns.status." + r.status().name()), r.responses()));
        grid.setItems(r.units());
        levels.removeAll();
        List<UnitLevels> perUnit = results.levelDistribution(campaign.code());
        levels.add(new H4(getTranslation("results.levelChart")));
        levels.add(SvgCharts.stackedBars("chart-levels", perUnit.stream().map(UnitLevels::unitName).toList(),
                perUnit.stream().map(UnitLevels::counts).toList(),
                DefaultQuestionnaire.fiveLevel().stream().map(c -> c.label().zhHans()).toList(), SvgCharts.LEVEL_COLOURS));
        answers.removeAll();
        for (AnswerDistribution d : results.answerDistribution(campaign.code())) {
            answers.add(new H4(d.text() + " (" + d.questionCode() + ")"));
            answers.add(SvgCharts.bars("chart-answers-" + d.questionCode(),
                    d.bars().stream().map(AnswerDistribution.Bar::label).toList(),
                    d.bars().stream().map(AnswerDistribution.Bar::count).toList()));
        }
        showTrend(r);
        review.setItems(results.flagged(campaign.code()));
    }

    /** Against the latest campaign that opened the year before this one (same units by code). */
    private void showTrend(CampaignResults current) {
        trend.removeAll();
        int lastYear = campaign.opensAt().getYear() - 1;
        Optional<CampaignSummary> previous = campaigns.list().stream()
                .filter(c -> c.opensAt().getYear() == lastYear).findFirst();
        if (previous.isEmpty()) {
            trend.add(new Paragraph(getTranslation("results.noPrevious", lastYear)));
            return;
        }
        Map<String, UnitEvaluation> before = new HashMap<>();
        results.of(previous.get().code()).units().forEach(u -> before.put(u.unitCode(), u));
        List<String> labels = new ArrayList<>();
        List<BigDecimal> now = new ArrayList<>();
        List<BigDecimal> then = new ArrayList<>();
        for (UnitEvaluation u : current.units()) {
            labels.add(u.names().zhHans());
            now.add(u.allResponses().satisfactionRate());
            UnitEvaluation old = before.get(u.unitCode());
            then.add(old == null ? null : old.allResponses().satisfactionRate());
        }
        trend.add(new H4(getTranslation("results.trendChart", previous.get().names().zhHans())));
        trend.add(SvgCharts.pairedBars("chart-trend", labels, now, then, String.valueOf(campaign.opensAt().getYear()),
                String.valueOf(lastYear)));
    }

    private void buildGrid() {
        grid.setId("results-grid");
        grid.addColumn(u -> u.names().zhHans() + " (" + u.unitCode() + ")").setHeader(getTranslation("results.unit"))
                .setAutoWidth(true).setFrozen(true);
        figureColumns("all", UnitEvaluation::allResponses);
        figureColumns("excluding", UnitEvaluation::excludingFlagged);
        grid.setAllRowsVisible(true);
    }

    private void figureColumns(String which, Function<UnitEvaluation, UnitFigures> figures) {
        String prefix = getTranslation("results." + which) + " · ";
        grid.addColumn(u -> figures.apply(u).counted() + " / " + figures.apply(u).responses())
                .setHeader(prefix + getTranslation("results.counted")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(u -> cell(which + "-rate-" + u.unitCode(), rate(figures.apply(u))))
                .setHeader(prefix + getTranslation("results.rate")).setAutoWidth(true);
        grid.addComponentColumn(u -> cell(which + "-score-" + u.unitCode(), number(figures.apply(u).score())))
                .setHeader(prefix + getTranslation("results.score")).setAutoWidth(true);
        grid.addComponentColumn(u -> level(which, u, figures.apply(u)))
                .setHeader(prefix + getTranslation("results.level")).setAutoWidth(true);
    }

    private String rate(UnitFigures f) {
        if (f.satisfactionRate() == null) {
            return "–";
        }
        return f.satisfactionRate().toPlainString() + "% [" + f.rateLower().toPlainString() + ", "
                + f.rateUpper().toPlainString() + "]";
    }

    private static String number(BigDecimal value) {
        return value == null ? "–" : value.toPlainString();
    }

    private Component level(String which, UnitEvaluation u, UnitFigures f) {
        Span level = cell(which + "-level-" + u.unitCode(),
                f.level() == null ? "–" : getTranslation("results.level." + f.level().name()));
        if (!f.sampleTooSmallToDecide()) {
            return level;
        }
        Span warning = new Span(getTranslation("results.tooSmall"));
        warning.setId(which + "-warning-" + u.unitCode());
        warning.getElement().getThemeList().add("badge error small");
        warning.getElement().setAttribute("title", String.join(", ", f.warnings().stream().map(Enum::name).toList()));
        HorizontalLayout both = new HorizontalLayout(level, warning);
        both.setSpacing(true);
        return both;
    }

    private static Span cell(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }

    private void buildReview() {
        review.setId("review-grid");
        review.addColumn(FlaggedResponse::unitCode).setHeader(getTranslation("results.unit")).setAutoWidth(true);
        review.addColumn(f -> WHEN.format(f.submittedAt())).setHeader(getTranslation("field.when")).setAutoWidth(true);
        review.addColumn(f -> f.secondsTaken() == null ? "" : f.secondsTaken() + " s").setHeader(getTranslation("results.taken"));
        review.addColumn(f -> String.join("、", f.flags().stream().map(x -> getTranslation("results.flag." + x)).toList()))
                .setHeader(getTranslation("results.flags")).setAutoWidth(true);
        review.addColumn(f -> f.review() == null ? getTranslation("results.review.NONE")
                : getTranslation("results.review." + f.review().name())).setHeader(getTranslation("results.review")).setAutoWidth(true);
        review.addColumn(FlaggedResponse::answers).setHeader(getTranslation("results.answers")).setFlexGrow(1);
        review.addComponentColumn(f -> {
            HorizontalLayout buttons = new HorizontalLayout();
            if (office) {
                buttons.add(decide(f, ResponseReview.Decision.EXCLUDED, "exclude"), decide(f, ResponseReview.Decision.KEPT, "keep"));
                if (f.review() != null) {
                    buttons.add(decide(f, null, "undo"));
                }
            }
            return buttons;
        }).setAutoWidth(true);
        review.setSizeFull();
    }

    private Button decide(FlaggedResponse f, ResponseReview.Decision decision, String key) {
        Button button = new Button(getTranslation("results.action." + key), e -> {
            try {
                results.review(campaign.code(), new ResponseReview(f.id(), decision));
                refresh();
            } catch (DomainException refused) {
                ServerErrors.show(refused, Map.of());
            }
        });
        button.setId(key + "-" + f.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setEnabled(decision == null || f.review() != decision);
        return button;
    }
}
