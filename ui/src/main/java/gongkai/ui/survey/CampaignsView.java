package gongkai.ui.survey;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import gongkai.error.DomainException;
import gongkai.survey.CampaignSummary;
import gongkai.survey.Campaigns;
import gongkai.survey.NewCampaign;
import gongkai.survey.QuestionnaireState;
import gongkai.survey.QuestionnaireVersion;
import gongkai.survey.Questionnaires;
import gongkai.survey.results.EvaluationMode;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Jurisdictions;
import gongkai.tenancy.Tenant;
import gongkai.tenancy.Names;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import gongkai.ui.MainLayout;
import gongkai.ui.form.Fields;
import gongkai.ui.form.ServerErrors;
import gongkai.ui.session.RequiresRole;
import gongkai.unit.Unit;
import gongkai.unit.Units;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tenant's evaluation campaigns: status, dates (in the tenant's zone), the public link and the results; the
 * office creates one over some units with a questionnaire version, opening and closing at wall-clock times of the
 * tenant's zone.
 */
@Route(value = "campaigns", layout = MainLayout.class)
@PageTitle("Gongkai 公开")
@RequiresRole({Role.TENANT_ADMIN, Role.ASSESSOR})
@Dependent
public class CampaignsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Campaigns campaigns;
    private final Questionnaires questionnaires;
    private final Units units;
    private final Jurisdictions jurisdictions;
    private final Grid<CampaignSummary> grid = new Grid<>();

    @Inject
    public CampaignsView(Campaigns campaigns, Questionnaires questionnaires, Units units, Jurisdictions jurisdictions) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.units = units;
        this.jurisdictions = jurisdictions;
        Acting acting = TenantContext.current();
        boolean office = acting.mayChange(Role.TENANT_ADMIN);
        setSizeFull();
        H2 title = new H2(getTranslation("campaigns.title"));
        Button create = new Button(getTranslation("campaigns.create"), VaadinIcon.PLUS.create(), e -> createDialog());
        create.setId("campaign-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(office);
        HorizontalLayout toolbar = new HorizontalLayout(title, create);
        toolbar.setWidthFull();
        toolbar.expand(title);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("campaigns-grid");
        grid.addColumn(CampaignSummary::code).setHeader(getTranslation("field.code")).setAutoWidth(true);
        grid.addColumn(c -> c.names().zhHans()).setHeader(getTranslation("campaigns.name")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation("campaigns.status." + c.status().name())).setHeader(getTranslation("field.active"));
        grid.addColumn(c -> WHEN.format(c.opensAt()) + " – " + WHEN.format(c.closesAt()))
                .setHeader(getTranslation("campaigns.period")).setAutoWidth(true);
        grid.addColumn(c -> c.questionnaireCode() + " v" + c.questionnaireVersion())
                .setHeader(getTranslation("campaigns.questionnaire")).setAutoWidth(true);
        grid.addColumn(c -> c.unitCodes().size()).setHeader(getTranslation("campaigns.units"));
        grid.addColumn(c -> String.join(", ", c.modes().stream().map(m -> getTranslation("campaigns.mode." + m.name())).toList()))
                .setHeader(getTranslation("campaigns.modes"));
        grid.addComponentColumn(c -> {
            Anchor link = new Anchor(c.publicPath(), c.slug());
            link.setTarget("_blank");
            link.setId("public-link-" + c.code());
            return link;
        }).setHeader(getTranslation("campaigns.publicLink")).setAutoWidth(true);
        grid.addComponentColumn(c -> {
            Button results = new Button(getTranslation("campaigns.results"), VaadinIcon.CHART.create(),
                    e -> UI.getCurrent().navigate("campaigns/" + c.code() + "/results"));
            results.setId("results-" + c.code());
            results.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (!c.modes().contains(EvaluationMode.REPRESENTATIVE)) {
                return results;
            }
            Button panel = new Button(getTranslation("panel.tab"), VaadinIcon.USERS.create(),
                    e -> UI.getCurrent().navigate("campaigns/" + c.code() + "/results",
                            com.vaadin.flow.router.QueryParameters.of("tab", "panel")));
            panel.setId("panel-" + c.code());
            panel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return new HorizontalLayout(results, panel);
        }).setAutoWidth(true);
        grid.setSizeFull();
        add(toolbar, grid);
        grid.setItems(campaigns.list());
    }

    private static final class Bean {
        String code = "";
        String name = "";
        QuestionnaireVersion questionnaire;
        Set<Unit> units = Set.of();
        LocalDateTime opensAt;
        LocalDateTime closesAt;
        Set<EvaluationMode> modes = Set.of(EvaluationMode.PUBLIC);

        /** Opening next full hour, closing 30 days later, both wall-clock times of the tenant's zone. */
        Bean(java.time.ZoneId zone) {
            opensAt = LocalDateTime.now(zone).truncatedTo(ChronoUnit.HOURS).plusHours(1);
            closesAt = opensAt.plusDays(30);
        }
    }

    private void createDialog() {
        TextField code = Fields.text("campaign-code", getTranslation("field.code"), true, 64);
        TextField name = Fields.text("campaign-name", getTranslation("campaigns.name"), true, 200);
        ComboBox<QuestionnaireVersion> questionnaire = new ComboBox<>(getTranslation("campaigns.questionnaire"));
        questionnaire.setId("campaign-questionnaire");
        List<QuestionnaireVersion> versions = questionnaires.list();
        questionnaire.setItems(versions);
        questionnaire.setItemLabelGenerator(v -> v.code() + " v" + v.version() + " · " + v.definition().title().zhHans()
                + (v.state() == QuestionnaireState.DRAFT ? " (" + getTranslation("campaigns.publishesDraft") + ")" : ""));
        MultiSelectComboBox<Unit> unitField = new MultiSelectComboBox<>(getTranslation("campaigns.units"));
        unitField.setId("campaign-units");
        unitField.setItems(units.list(false));
        unitField.setItemLabelGenerator(u -> u.names().zhHans() + " (" + u.code() + ")");
        DateTimePicker opens = new DateTimePicker(getTranslation("campaigns.opensAt"));
        opens.setId("campaign-opens");
        DateTimePicker closes = new DateTimePicker(getTranslation("campaigns.closesAt"));
        closes.setId("campaign-closes");
        CheckboxGroup<EvaluationMode> modes = new CheckboxGroup<>(getTranslation("campaigns.modes"));
        modes.setId("campaign-modes");
        modes.setItems(EvaluationMode.values());
        modes.setItemLabelGenerator(m -> getTranslation("campaigns.mode." + m.name()));

        String required = getTranslation("validation.required");
        Binder<Bean> binder = new Binder<>();
        binder.forField(code).asRequired(required)
                .withValidator(new RegexpValidator(getTranslation("validation.code"), "[a-z0-9][a-z0-9-]*"))
                .bind(b -> b.code, (b, v) -> b.code = v);
        binder.forField(name).asRequired(required).bind(b -> b.name, (b, v) -> b.name = v);
        binder.forField(questionnaire).bind(b -> b.questionnaire, (b, v) -> b.questionnaire = v);
        binder.forField(unitField).asRequired(required).bind(b -> b.units, (b, v) -> b.units = v);
        binder.forField(opens).asRequired(required).bind(b -> b.opensAt, (b, v) -> b.opensAt = v);
        binder.forField(closes).asRequired(required)
                .withValidator(v -> opens.getValue() == null || v.isAfter(opens.getValue()), getTranslation("campaigns.closesAfter"))
                .bind(b -> b.closesAt, (b, v) -> b.closesAt = v);
        binder.forField(modes).asRequired(required).bind(b -> b.modes, (b, v) -> b.modes = v);
        Bean bean = new Bean(jurisdictions.byId(TenantContext.current().tenantId()).map(Tenant::timeZone)
                .orElse(java.time.ZoneId.of("Asia/Shanghai")));
        binder.setBean(bean);
        opens.addValueChangeListener(e -> binder.validate());

        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("campaigns.create"));
        dialog.setWidth("min(44em, 95vw)");
        dialog.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("campaigns.zoneHint")), new FormLayout(code, name, questionnaire, unitField, opens, closes, modes));
        Map<String, HasValidation> fields = new HashMap<>(Map.of("code", code, "slug", code, "names.zhHans", name,
                "questionnaireCode", questionnaire, "questionnaireVersion", questionnaire, "unitCodes", unitField,
                "opensAt", opens, "closesAt", closes));
        Button save = new Button(getTranslation("action.create"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            List<String> unitCodes = new ArrayList<>();
            units.list(false).stream().filter(bean.units::contains).forEach(u -> unitCodes.add(u.code()));
            try {
                campaigns.create(new NewCampaign(bean.code, null, new Names(bean.name, null, null),
                        bean.questionnaire == null ? null : bean.questionnaire.code(),
                        bean.questionnaire == null ? null : bean.questionnaire.version(), unitCodes,
                        bean.opensAt, bean.closesAt, List.copyOf(bean.modes)));
                dialog.close();
                grid.setItems(campaigns.list());
            } catch (DomainException problem) {
                ServerErrors.show(problem, fields);
            }
        });
        save.setId("campaign-save-new");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
