package gongkai.ui.cycle;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import gongkai.cycle.PublicResults;
import gongkai.cycle.PublishedResults;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.Tenant;
import gongkai.tenancy.TenantContext;
import gongkai.ui.i18n.Translations;
import gongkai.ui.session.PublicPage;
import gongkai.ui.survey.respond.LanguageSwitch;
import gongkai.ui.survey.respond.SurveyLanguage;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's public results page (issue 4, "Publication"): anyone opens /public/{tenant}/results without logging in,
 * on a phone too, and sees each published cycle's units, totals and grades, in the language of {@code ?lang=}
 * (zh-Hans by default, zh-Hant, en). It reads what {@code GET /api/v1/public/tenants/{code}/results} reads, as the
 * system on behalf of the public: nothing of a cycle before it is published. The bulletin (通报) is not offered here:
 * its download is for logged-in users of the tenant.
 */
@Route("public/:code/results")
@PublicPage
@Dependent
public class PublicResultsPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final List<String> LANGUAGES = List.of("zh-Hans", "zh-Hant", "en");
    private static final String CSS = """
            .gk-public { display: block; max-width: 48rem; margin: 0 auto; padding: 0 1rem 3rem; box-sizing: border-box; }
            .gk-public h1 { font-size: var(--lumo-font-size-xxl); margin: .5rem 0; }
            .gk-public h2 { font-size: var(--lumo-font-size-xl); margin: 1.5rem 0 .25rem; }
            .gk-public .gk-languages { display: flex; justify-content: flex-end; gap: .25rem; flex-wrap: wrap; }
            .gk-public .gk-languages vaadin-button { min-height: 44px; }
            .gk-public .gk-languages vaadin-button[aria-pressed="true"] { font-weight: 700; text-decoration: underline; }
            """;

    private final Jurisdictions jurisdictions;
    private final PublicResults results;
    private String title = "Gongkai";

    @Inject
    public PublicResultsPage(Jurisdictions jurisdictions, PublicResults results) {
        this.jurisdictions = jurisdictions;
        this.results = results;
        addClassName("gk-public");
        setId("public-results");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        String lang = event.getLocation().getQueryParameters().getParameters().getOrDefault("lang", List.of())
                .stream().findFirst().filter(LANGUAGES::contains).orElse("zh-Hans");
        UI ui = UI.getCurrent();
        ui.setLocale(Translations.locale(lang));
        ui.getElement().executeJs("document.documentElement.lang = $0", lang);
        ui.getPage().executeJs("if (!document.getElementById('gk-public-style')) {"
                + " const s = document.createElement('style'); s.id = 'gk-public-style'; s.textContent = $0;"
                + " document.head.appendChild(s); }", CSS);
        removeAll();
        add(LanguageSwitch.of("public-lang-", List.of(SurveyLanguage.values()), SurveyLanguage.ofTag(lang),
                picked -> UI.getCurrent().navigate("public/" + code + "/results",
                        com.vaadin.flow.router.QueryParameters.of("lang", picked.tag()))));
        Optional<Tenant> tenant = jurisdictions.byCode(code).filter(Tenant::active);
        if (tenant.isEmpty()) {
            title = getTranslation("public.results.title");
            add(new H1(title), new Paragraph(getTranslation("public.results.unknown")));
            return;
        }
        PublishedResults published = TenantContext.call(Acting.system(tenant.get().id(), tenant.get().code()),
                results::published);
        title = tenant.get().names().in(lang) + " · " + getTranslation("public.results.title");
        H1 heading = new H1(title);
        heading.setId("public-results-title");
        add(heading);
        if (published.cycles().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("public.results.none"));
            none.setId("public-results-none");
            add(none);
        }
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(tenant.get().timeZone());
        for (PublishedResults.Cycle cycle : published.cycles()) {
            Div section = new Div();
            section.setId("public-cycle-" + cycle.code());
            section.add(new H2(cycle.period() + " · " + cycle.code()));
            if (cycle.publishedAt() != null) {
                section.add(new Paragraph(getTranslation("public.results.published", when.format(cycle.publishedAt()))));
            }
            section.add(table(cycle, lang));
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Grid<PublishedResults.Unit> table(PublishedResults.Cycle cycle, String lang) {
        Grid<PublishedResults.Unit> grid = new Grid<>();
        grid.setId("public-units-" + cycle.code());
        grid.addColumn(u -> u.names().in(lang)).setHeader(getTranslation("public.results.unit")).setFlexGrow(3);
        grid.addColumn(PublishedResults.Unit::total).setHeader(getTranslation("public.results.total"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> grade(u, lang)).setHeader(getTranslation("public.results.grade")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(cycle.units());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    /** The scheme's own label in simplified Chinese (the schemes' language), the bundles' name otherwise. */
    private String grade(PublishedResults.Unit unit, String lang) {
        if (unit.grade() == null) {
            return "";
        }
        return lang.equals("zh-Hans") && unit.gradeLabel() != null ? unit.gradeLabel()
                : getTranslation("cycle.grade." + unit.grade().name());
    }

}
