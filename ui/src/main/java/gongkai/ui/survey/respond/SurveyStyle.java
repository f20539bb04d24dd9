package gongkai.ui.survey.respond;

import com.vaadin.flow.component.UI;

/**
 * The survey page's few styles for phones: one column, fieldsets per question, touch targets of at least 44 px
 * (WCAG 2.5.5), a progress bar that stays in view. Put into the page as a style element rather than a theme file,
 * so that the pre-compiled Vaadin bundle serves the page (no frontend build, nothing extra to download).
 */
final class SurveyStyle {

    static final String CSS = """
            .gk-survey { display: block; max-width: 40rem; margin: 0 auto; padding: 0 1rem 4rem;
              box-sizing: border-box; font-size: var(--lumo-font-size-l); }
            .gk-survey h1 { font-size: var(--lumo-font-size-xxl); margin: .5rem 0; }
            .gk-survey h2.gk-section { font-size: var(--lumo-font-size-xl); margin: 1.5rem 0 .5rem; }
            .gk-survey fieldset.gk-q { border: 1px solid var(--lumo-contrast-20pct);
              border-radius: var(--lumo-border-radius-l); padding: .5rem 1rem .75rem; margin: 0 0 1rem; min-width: 0; }
            .gk-survey fieldset.gk-q.gk-invalid { border-color: var(--lumo-error-color); }
            .gk-survey fieldset.gk-q > legend { font-weight: 600; padding: 0 .25rem; }
            .gk-survey vaadin-radio-group, .gk-survey vaadin-checkbox-group { width: 100%; }
            .gk-survey vaadin-radio-button, .gk-survey vaadin-checkbox { min-height: 44px; width: 100%;
              align-items: center; }
            .gk-survey vaadin-radio-button > label, .gk-survey vaadin-checkbox > label { flex: 1;
              padding-top: .55rem; padding-bottom: .55rem; }
            .gk-survey vaadin-radio-group.gk-rating vaadin-radio-button { width: auto; min-width: 3.25rem; }
            .gk-survey .gk-progress { position: sticky; top: 0; z-index: 2; background: var(--lumo-base-color);
              padding: .5rem 0; font-size: var(--lumo-font-size-s); }
            .gk-survey vaadin-button.gk-submit { width: 100%; min-height: 48px; margin-top: 1rem; }
            .gk-survey .gk-languages { display: flex; justify-content: flex-end; gap: .25rem; flex-wrap: wrap; }
            .gk-survey .gk-languages vaadin-button { min-height: 44px; }
            .gk-survey .gk-languages vaadin-button[aria-pressed="true"] { font-weight: 700; text-decoration: underline; }
            .gk-survey .gk-status-error { color: var(--lumo-error-text-color); margin-top: .5rem; }
            .gk-survey .gk-state { border-radius: var(--lumo-border-radius-l); padding: 1rem;
              background: var(--lumo-contrast-5pct); margin: 1rem 0; }
            .gk-survey .gk-state:focus { outline: 2px solid var(--lumo-primary-color); }
            """;

    private SurveyStyle() {
    }

    static void install() {
        UI.getCurrent().getPage().executeJs("if (!document.getElementById('gk-survey-style')) {"
                + " const s = document.createElement('style'); s.id = 'gk-survey-style'; s.textContent = $0;"
                + " document.head.appendChild(s); }", CSS);
    }
}
