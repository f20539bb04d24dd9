package gongkai.ui.survey.respond;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import gongkai.error.DomainException;
import gongkai.survey.PublicResponses;
import gongkai.survey.PublicSurvey;
import gongkai.survey.PublicUnit;
import gongkai.survey.Submission;
import gongkai.survey.SurveyGuard;
import gongkai.tenancy.Names;
import gongkai.ui.session.PublicPage;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The public survey page (issue 5): anyone opens /s/{slug} without logging in, on a phone first. It shows the
 * questionnaire in the respondent's language, asks which unit the answers are about (and for the access code when
 * the campaign hands them out), and submits through {@link PublicResponses}, the same path as
 * {@code POST /api/v1/public/surveys/{slug}/responses}: the same rate limit, browser token (a cookie shared with
 * the API), salted address hash and idempotency key (kept while the answers stay the same, so a retried click
 * counts once).
 */
@Route("s/:slug")
@PublicPage
@Dependent
public class SurveyPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int TOKEN_DAYS = 400;

    private final PublicResponses responses;
    private String slug;
    private String sentToken;
    private String accessCodeParam;
    private PublicSurvey survey;
    private SurveyLanguage language = SurveyLanguage.ZH_HANS;
    private String title = "Gongkai";
    private final Set<String> answeredUnits = new HashSet<>();
    private Instant startedAt = Instant.now();

    // the form as shown now
    private QuestionnaireForm form;
    private Select<PublicUnit> unitSelect;
    private RadioButtonGroup<PublicUnit> unitRadios;
    private TextField accessCode;
    private Div status;
    private String lastAttempt;
    private String idempotencyKey;

    @Inject
    public SurveyPage(PublicResponses responses) {
        this.responses = responses;
        addClassName("gk-survey");
        setId("survey-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        accessCodeParam = query.getOrDefault("code", List.of()).stream().findFirst().orElse(null);
        String lang = query.getOrDefault("lang", List.of()).stream().findFirst().orElse(null);
        sentToken = cookie();
        SurveyStyle.install();
        try {
            PublicResponses.Opened opened = responses.open(slug, sentToken);
            survey = opened.survey();
            keepToken(opened.token());
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            survey = null;
        }
        if (survey != null && lang != null && SurveyLanguage.offeredBy(survey.questionnaire()).contains(SurveyLanguage.ofTag(lang))) {
            language = SurveyLanguage.ofTag(lang);
        }
        render(Map.of(), null);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Builds the page in the current language, with these answers filled in. */
    private void render(Map<String, JsonNode> answers, PublicUnit unit) {
        removeAll();
        Locale locale = language.locale();
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().getElement().executeJs("document.documentElement.lang = $0", language.tag());
        if (survey == null) {
            title = t("survey.respond.unknown.title");
            UI.getCurrent().getPage().setTitle(title);
            add(new H1(title), new Paragraph(t("survey.respond.unknown")));
            return;
        }
        title = name(survey.names());
        UI.getCurrent().getPage().setTitle(title);
        add(languageSwitch(answers, unit));
        H1 heading = new H1(title);
        heading.setId("survey-title");
        add(heading);
        String questionnaireTitle = language.pick(survey.questionnaire().title());
        if (!questionnaireTitle.equals(title)) {
            add(new Paragraph(questionnaireTitle));
        }
        switch (survey.status()) {
            case SCHEDULED -> add(state("survey-not-open", t("survey.respond.scheduled",
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(survey.opensAt()))));
            case CLOSED -> add(state("survey-closed", t("survey.respond.closed",
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(survey.closesAt()))));
            case OPEN -> renderForm(answers, unit);
        }
    }

    private void renderForm(Map<String, JsonNode> answers, PublicUnit unit) {
        if (survey.questionnaire().introduction() != null) {
            add(new Paragraph(language.pick(survey.questionnaire().introduction())));
        }
        add(unitChoice(unit));
        if (survey.requiresAccessCode() || accessCodeParam != null) {
            FieldSet codeSet = new FieldSet(t("survey.respond.access-code"));
            codeSet.addClassName("gk-q");
            accessCode = new TextField();
            accessCode.setId("survey-access-code");
            accessCode.setAriaLabel(t("survey.respond.access-code"));
            accessCode.setHelperText(t("survey.respond.access-code.help"));
            accessCode.setRequiredIndicatorVisible(survey.requiresAccessCode());
            accessCode.setValueChangeMode(ValueChangeMode.EAGER);
            accessCode.setWidthFull();
            accessCode.getElement().setAttribute("autocomplete", "off");
            accessCode.getElement().setAttribute("autocapitalize", "characters");
            accessCode.setValue(accessCodeParam == null ? "" : accessCodeParam);
            accessCode.addValueChangeListener(e -> {
                accessCode.setInvalid(false);
                accessCodeParam = e.getValue().isBlank() ? null : e.getValue();
            });
            codeSet.add(accessCode);
            add(codeSet);
        } else {
            accessCode = null;
        }
        form = new QuestionnaireForm(survey.questionnaire(), language.locale());
        form.fill(answers);
        form.addSubmitListener(this::submit);
        add(form);
        status = new Div();
        status.setId("survey-status");
        status.addClassName("gk-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        add(status);
    }

    /** Which unit the answers are about: radio buttons for a few, a select for many. */
    private FieldSet unitChoice(PublicUnit chosen) {
        FieldSet unitSet = new FieldSet(t("survey.respond.unit") + " *");
        unitSet.addClassName("gk-q");
        unitSet.setId("survey-unit-set");
        List<PublicUnit> units = survey.units().stream().filter(u -> !answeredUnits.contains(u.code())).toList();
        if (units.isEmpty()) {
            units = survey.units();
        }
        PublicUnit initial = chosen != null && units.contains(chosen) ? chosen : units.size() == 1 ? units.get(0) : null;
        unitSelect = null;
        unitRadios = null;
        if (units.size() <= 6) {
            unitRadios = new RadioButtonGroup<>();
            unitRadios.setId("survey-unit");
            unitRadios.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            unitRadios.setItems(units);
            unitRadios.setItemLabelGenerator(u -> name(u.names()));
            unitRadios.setAriaLabel(t("survey.respond.unit"));
            unitRadios.setRequiredIndicatorVisible(true);
            unitRadios.setValue(initial);
            unitRadios.addValueChangeListener(e -> unitRadios.setInvalid(e.getValue() == null));
            unitSet.add(unitRadios);
        } else {
            unitSelect = new Select<>();
            unitSelect.setId("survey-unit");
            unitSelect.setItems(units);
            unitSelect.setItemLabelGenerator(u -> name(u.names()));
            unitSelect.setAriaLabel(t("survey.respond.unit"));
            unitSelect.setPlaceholder(t("survey.respond.unit.choose"));
            unitSelect.setRequiredIndicatorVisible(true);
            unitSelect.setWidthFull();
            unitSelect.setValue(initial);
            unitSelect.addValueChangeListener(e -> unitSelect.setInvalid(e.getValue() == null));
            unitSet.add(unitSelect);
        }
        return unitSet;
    }

    private PublicUnit unit() {
        return unitRadios != null ? unitRadios.getValue() : unitSelect.getValue();
    }

    private void unitError(String message) {
        if (unitRadios != null) {
            unitRadios.setErrorMessage(message);
            unitRadios.setInvalid(message != null);
            unitRadios.scrollIntoView();
            unitRadios.getElement().callJsFunction("focus");
        } else {
            unitSelect.setErrorMessage(message);
            unitSelect.setInvalid(message != null);
            unitSelect.scrollIntoView();
            unitSelect.focus();
        }
    }

    private void submit(Map<String, JsonNode> answers) {
        status.setText("");
        PublicUnit unit = unit();
        if (unit == null) {
            unitError(t("survey.respond.unit.required"));
            form.submitDone();
            return;
        }
        String code = accessCode == null || accessCode.getValue().isBlank() ? null : accessCode.getValue();
        if (survey.requiresAccessCode() && code == null) {
            accessError(t("survey.respond.access-code.required"));
            return;
        }
        // the same answers again (a second click, a retry after a lost connection) keep their key: stored once
        String attempt = unit.code() + "|" + answers + "|" + code;
        if (!attempt.equals(lastAttempt)) {
            lastAttempt = attempt;
            idempotencyKey = UUID.randomUUID().toString();
        }
        try {
            Submission submission = new Submission(unit.code(), answers, startedAt, code);
            PublicResponses.Submitted submitted = responses.submit(slug, submission, idempotencyKey, remoteAddress(),
                    sentToken);
            keepToken(submitted.token());
            answeredUnits.add(unit.code());
            thanks(unit);
        } catch (PublicResponses.RateLimited e) {
            refused(t("survey.respond.rate-limited", e.retryAfterSeconds()));
        } catch (gongkai.survey.SubmissionsBusy e) {
            refused(t("survey.respond.busy", e.retryAfterSeconds()));
        } catch (DomainException e) {
            refusal(e);
        }
    }

    /** A refusal of the service, in the respondent's words, beside what it concerns. */
    private void refusal(DomainException e) {
        String field = e.field();
        switch (e.kind()) {
            case CONFLICT -> {
                if ("unitCode".equals(field)) {
                    String message = t("survey.respond.already-answered");
                    unitError(message);
                    refused(message);
                } else if ("accessCode".equals(field)) {
                    accessError(t("survey.respond.access-code.used"));
                } else if ("Idempotency-Key".equals(field)) {
                    lastAttempt = null;
                    refused(t("survey.respond.retry"));
                } else {
                    // the campaign closed (or does not take public answers) while the form was open
                    removeAll();
                    add(new H1(title), state("survey-closed", t("survey.respond.not-accepting")));
                }
            }
            case INVALID -> {
                if ("accessCode".equals(field)) {
                    accessError(t("survey.respond.access-code.unknown"));
                } else if ("unitCode".equals(field)) {
                    unitError(t("survey.respond.unit.required"));
                    refused(t("survey.respond.check"));
                } else if (form.showError(field, t("survey.respond.invalid"))) {
                    refused(t("survey.respond.check"));
                } else {
                    refused(t("survey.respond.check"));
                }
            }
            case NOT_FOUND -> {
                survey = null;
                render(Map.of(), null);
            }
            default -> throw e;
        }
    }

    private void accessError(String message) {
        if (accessCode != null) {
            accessCode.setErrorMessage(message);
            accessCode.setInvalid(true);
            accessCode.scrollIntoView();
            accessCode.focus();
        }
        refused(message);
    }

    private void refused(String message) {
        status.setText(message);
        status.addClassName("gk-status-error");
        form.submitDone();
    }

    private void thanks(PublicUnit unit) {
        removeAll();
        add(new H1(title));
        Div thanks = state("survey-thanks", t("survey.respond.thanks", name(unit.names())));
        add(thanks);
        List<PublicUnit> left = survey.units().stream().filter(u -> !answeredUnits.contains(u.code())).toList();
        if (!left.isEmpty()) {
            Button another = new Button(t("survey.respond.another"), e -> {
                lastAttempt = null;
                startedAt = Instant.now();
                render(Map.of(), null);
            });
            another.setId("survey-another");
            another.addClassName("gk-submit");
            another.addThemeVariants(ButtonVariant.LUMO_LARGE);
            add(another);
        }
        thanks.getElement().executeJs("this.focus(); this.scrollIntoView()");
    }

    private Div state(String id, String text) {
        Div state = new Div(new Paragraph(text));
        state.setId(id);
        state.addClassName("gk-state");
        state.getElement().setAttribute("role", "status");
        state.getElement().setAttribute("tabindex", "-1");
        return state;
    }

    private Div languageSwitch(Map<String, JsonNode> answers, PublicUnit unit) {
        return LanguageSwitch.of("survey-lang-", SurveyLanguage.offeredBy(survey.questionnaire()), language, picked -> {
            Map<String, JsonNode> kept = form == null ? answers : form.answers();
            PublicUnit keptUnit = form == null ? unit : unit();
            language = picked;
            render(kept, keptUnit);
        });
    }

    private String name(Names names) {
        return names.in(language.tag());
    }

    private String t(String key, Object... params) {
        return getTranslation(language.locale(), key, params);
    }

    private static String cookie() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (SurveyGuard.COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** Keeps this browser's token in the cookie the API reads too (HttpOnly: scripts never see it). */
    private void keepToken(SurveyGuard.BrowserToken token) {
        if (Objects.equals(token.value(), sentToken)) {
            return;
        }
        sentToken = token.value();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(SurveyGuard.COOKIE, token.value());
            cookie.setPath("/");
            cookie.setMaxAge(TOKEN_DAYS * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            VaadinRequest request = VaadinRequest.getCurrent();
            cookie.setSecure(request != null && request.isSecure());
            response.addCookie(cookie);
        }
    }

    private static String remoteAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }
}
