package gongkai.ui.survey;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
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
import gongkai.survey.NewQuestionnaire;
import gongkai.survey.QuestionnaireVersion;
import gongkai.survey.Questionnaires;
import gongkai.tenancy.Acting;
import gongkai.tenancy.Role;
import gongkai.tenancy.TenantContext;
import gongkai.ui.MainLayout;
import gongkai.ui.form.Fields;
import gongkai.ui.form.ServerErrors;
import gongkai.ui.session.RequiresRole;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.Map;

/** The tenant's questionnaires, every version; the office starts one from the built-in questionnaire. */
@Route(value = "questionnaires", layout = MainLayout.class)
@PageTitle("Gongkai 公开")
@RequiresRole({Role.TENANT_ADMIN, Role.ASSESSOR})
@Dependent
public class QuestionnairesView extends VerticalLayout {

    private final Questionnaires questionnaires;
    private final Grid<QuestionnaireVersion> grid = new Grid<>();

    @Inject
    public QuestionnairesView(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
        Acting acting = TenantContext.current();
        boolean office = acting.mayChange(Role.TENANT_ADMIN);
        setSizeFull();
        H2 title = new H2(getTranslation("questionnaires.title"));
        Button create = new Button(getTranslation("questionnaires.create"), VaadinIcon.PLUS.create(), e -> createDialog());
        create.setId("questionnaire-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(office);
        HorizontalLayout toolbar = new HorizontalLayout(title, create);
        toolbar.setWidthFull();
        toolbar.expand(title);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("questionnaires-grid");
        grid.addColumn(QuestionnaireVersion::code).setHeader(getTranslation("field.code")).setAutoWidth(true);
        grid.addColumn(v -> v.definition().title().zhHans()).setHeader(getTranslation("questionnaire.title")).setFlexGrow(2);
        grid.addColumn(v -> "v" + v.version()).setHeader(getTranslation("schemes.version")).setAutoWidth(true);
        grid.addColumn(v -> getTranslation("questionnaire.state." + v.state().name())).setHeader(getTranslation("field.active"));
        grid.addColumn(v -> v.definition().questions().size()).setHeader(getTranslation("questionnaires.questions"));
        grid.addComponentColumn(v -> {
            Button open = new Button(getTranslation("schemes.open"), VaadinIcon.EDIT.create(),
                    e -> UI.getCurrent().navigate("questionnaires/" + v.code() + "/" + v.version()));
            open.setId("open-" + v.code() + "-" + v.version());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return open;
        }).setAutoWidth(true);
        grid.setSizeFull();
        add(toolbar, grid);
        grid.setItems(questionnaires.list());
    }

    private static final class Bean {
        String code = "";
    }

    private void createDialog() {
        TextField code = Fields.text("questionnaire-code", getTranslation("field.code"), true, 64);
        Binder<Bean> binder = new Binder<>();
        binder.forField(code).asRequired(getTranslation("validation.required"))
                .withValidator(new RegexpValidator(getTranslation("validation.code"), "[a-z0-9][a-z0-9-]*"))
                .bind(b -> b.code, (b, v) -> b.code = v);
        Bean bean = new Bean();
        binder.setBean(bean);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("questionnaires.create"));
        dialog.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("questionnaires.createHint")), new FormLayout(code));
        Map<String, HasValidation> fields = Map.of("code", code);
        Button save = new Button(getTranslation("action.create"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                QuestionnaireVersion created = questionnaires.create(new NewQuestionnaire(bean.code, null));
                dialog.close();
                UI.getCurrent().navigate("questionnaires/" + created.code() + "/" + created.version());
            } catch (DomainException problem) {
                ServerErrors.show(problem, fields);
            }
        });
        save.setId("questionnaire-save-new");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
