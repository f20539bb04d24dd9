package gongkai.ui.survey.respond;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import gongkai.error.DomainException;
import gongkai.survey.PanelForm;
import gongkai.survey.PanelLinks;
import gongkai.tenancy.Names;
import gongkai.ui.session.PublicPage;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/**
 * A representative panel member's form (代表评议, issue 5), behind their personal link {@code /p/{token}}: no login,
 * made for phones like the public survey page. It lists the campaign's units with whether the member has scored
 * each, shows how many are done, and opens the questionnaire ({@link QuestionnaireForm}) for one unit; saving goes
 * through {@link PanelLinks}, the same path as {@code PUT /api/v1/public/panel/{token}/units/{unitCode}} (saving a
 * unit again replaces the member's earlier scores while the campaign is open).
 */
@Route("p/:token")
@PublicPage
@Dependent
public class PanelPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PanelLinks links;
    private String token;
    private PanelForm panel;
    private SurveyLanguage language = SurveyLanguage.ZH_HANS;
    private String title = "Gongkai";
    private String saved;

    // the questionnaire as shown now, for one unit
    private PanelForm.Unit scoring;
    private QuestionnaireForm form;
    private Div status;

    @Inject
    public PanelPage(PanelLinks links) {
        this.links = links;
        addClassName("gk-survey");
        setId("panel-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        String lang = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("lang", List.of()).stream().findFirst().orElse(null);
        SurveyStyle.install();
        panel = load();
        if (panel != null && lang != null
                && SurveyLanguage.offeredBy(panel.questionnaire()).contains(SurveyLanguage.ofTag(lang))) {
            language = SurveyLanguage.ofTag(lang);
        }
        render(Map.of());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** The form behind the link; null for an unknown (or no longer valid) link. */
    private PanelForm load() {
        try {
            return links.form(token);
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            return null;
        }
    }

    /** Builds the page in the current language: the list of units, or the questionnaire of the unit being scored. */
    private void render(Map<String, JsonNode> answers) {
        removeAll();
        UI.getCurrent().setLocale(language.locale());
        UI.getCurrent().getElement().executeJs("document.documentElement.lang = $0", language.tag());
        if (panel == null) {
            title = t("panel.respond.unknown.title");
            UI.getCurrent().getPage().setTitle(title);
            add(languageSwitch(), new H1(title), state("panel-unknown", t("panel.respond.unknown")));
            return;
        }
        title = name(panel.campaignNames());
        UI.getCurrent().getPage().setTitle(title);
        add(languageSwitch());
        H1 heading = new H1(title);
        heading.setId("panel-title");
        add(heading);
        Paragraph who = new Paragraph(t("panel.respond.member", panel.memberName(),
                t("panel.type." + panel.memberType().name())));
        who.setId("panel-member");
        add(who);
        add(progress());
        switch (panel.status()) {
            case SCHEDULED -> add(state("panel-not-open", t("panel.respond.scheduled")));
            case CLOSED -> add(state("panel-closed", t("panel.respond.closed")));
            case OPEN -> {
                if (scoring != null) {
                    renderForm(answers);
                    return;
                }
            }
        }
        if (saved != null) {
            Div done = state("panel-saved", saved);
            add(done);
            done.getElement().executeJs("this.focus()");
        }
        add(unitList());
    }

    /** n of m units scored, as text and as a bar. */
    private Div progress() {
        long done = panel.units().stream().filter(PanelForm.Unit::scored).count();
        Span text = new Span(t("panel.respond.progress", done, panel.units().size()));
        text.setId("panel-progress");
        ProgressBar bar = new ProgressBar();
        bar.setValue(panel.units().isEmpty() ? 0 : (double) done / panel.units().size());
        bar.getElement().setAttribute("aria-labelledby", "panel-progress");
        // not the sticky gk-progress of the questionnaire below: one bar stays in view while answering
        Div box = new Div(text, bar);
        box.getStyle().set("padding", ".5rem 0").set("font-size", "var(--lumo-font-size-s)");
        return box;
    }

    /** The campaign's units, each with its state and a button to score it (or to change its scores). */
    private UnorderedList unitList() {
        UnorderedList list = new UnorderedList();
        list.setId("panel-units");
        list.getStyle().set("list-style", "none").set("padding", "0").set("margin", "1rem 0");
        boolean open = panel.status() == gongkai.survey.CampaignStatus.OPEN;
        for (PanelForm.Unit unit : panel.units()) {
            Span name = new Span(name(unit.names()));
            name.getStyle().set("font-weight", "600").set("flex", "1 1 10rem");
            Span state = new Span(t(unit.scored() ? "panel.respond.state.done" : "panel.respond.state.todo"));
            state.setId("panel-state-" + unit.code());
            state.getElement().getThemeList().add(unit.scored() ? "badge success" : "badge contrast");
            ListItem item = new ListItem(name, state);
            item.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                    .set("gap", ".5rem").set("padding", ".75rem 0")
                    .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            if (open) {
                Button score = new Button(t(unit.scored() ? "panel.respond.change" : "panel.respond.score"), e -> {
                    scoring = unit;
                    saved = null;
                    render(Map.of());
                });
                score.setId("panel-score-" + unit.code());
                score.setMinWidth("44px");
                score.getStyle().set("min-height", "44px");
                if (!unit.scored()) {
                    score.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                item.add(score);
            }
            list.add(item);
        }
        return list;
    }

    private void renderForm(Map<String, JsonNode> answers) {
        H2 unitTitle = new H2(t("panel.respond.scoring", name(scoring.names())));
        unitTitle.setId("panel-scoring");
        add(unitTitle);
        if (scoring.scored()) {
            add(new Paragraph(t("panel.respond.replaces")));
        }
        form = new QuestionnaireForm(panel.questionnaire(), language.locale());
        form.fill(answers);
        form.addSubmitListener(this::save);
        add(form);
        status = new Div();
        status.setId("panel-status");
        status.addClassName("gk-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        add(status);
        Button back = new Button(t("panel.respond.back"), e -> {
            scoring = null;
            render(Map.of());
        });
        back.setId("panel-back");
        back.addClassName("gk-submit");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(back);
    }

    private void save(Map<String, JsonNode> answers) {
        status.setText("");
        PanelForm.Unit unit = scoring;
        try {
            links.score(token, unit.code(), answers);
            saved = t("panel.respond.saved", name(unit.names()));
            scoring = null;
            panel = load();
            render(Map.of());
        } catch (DomainException e) {
            switch (e.kind()) {
                case INVALID -> {
                    form.showError(e.field(), t("survey.respond.invalid"));
                    refused(t("survey.respond.check"));
                }
                case CONFLICT, NOT_FOUND -> {
                    // the campaign closed, the unit left it or the link stopped working while the form was open
                    scoring = null;
                    panel = load();
                    render(Map.of());
                }
                default -> throw e;
            }
        }
    }

    private void refused(String message) {
        status.setText(message);
        status.addClassName("gk-status-error");
        form.submitDone();
    }

    private Div state(String id, String text) {
        Div state = new Div(new Paragraph(text));
        state.setId(id);
        state.addClassName("gk-state");
        state.getElement().setAttribute("role", "status");
        state.getElement().setAttribute("tabindex", "-1");
        return state;
    }

    private Div languageSwitch() {
        return LanguageSwitch.of("panel-lang-", List.of(SurveyLanguage.values()), language, picked -> {
            Map<String, JsonNode> kept = scoring == null || form == null ? Map.of() : form.answers();
            language = picked;
            render(kept);
        });
    }

    private String name(Names names) {
        return names.in(language.tag());
    }

    private String t(String key, Object... params) {
        return getTranslation(language.locale(), key, params);
    }
}
