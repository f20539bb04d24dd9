package gongkai.scheme;

import gongkai.error.DomainException;
import gongkai.scheme.template.SchemeTemplates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewSchemeTest {

    @Test
    void a_template_a_copy_or_an_import_is_one_source() {
        assertThat(new NewScheme("jc-2024", 2024, "jinchang-2022", null, null, null).template())
                .isEqualTo("jinchang-2022");
        assertThat(new NewScheme("jc-2025", null, null, "jc-2024", 2, null).copyOfVersion()).isEqualTo(2);
        assertThat(new NewScheme("imported", 2024, null, null, null,
                SchemeTemplates.find("yongji").orElseThrow()).definition()).isNotNull();
    }

    @Test
    void no_source_is_refused_naming_template() {
        assertRefused(() -> new NewScheme("x", 2024, null, null, null, null), "template");
    }

    @Test
    void two_sources_are_refused_naming_definition() {
        assertRefused(() -> new NewScheme("x", 2024, "yongji", null, null,
                SchemeTemplates.find("yongji").orElseThrow()), "definition");
        assertRefused(() -> new NewScheme("x", 2024, "yongji", "other", null, null), "definition");
    }

    @Test
    void the_code_must_be_url_safe() {
        assertRefused(() -> new NewScheme("Bad Code", 2024, "yongji", null, null, null), "code");
        assertRefused(() -> new NewScheme(null, 2024, "yongji", null, null, null), "code");
    }

    @Test
    void the_year_must_be_plausible() {
        assertRefused(() -> new NewScheme("x", 1999, "yongji", null, null, null), "year");
        assertRefused(() -> new NewScheme("x", 2101, "yongji", null, null, null), "year");
    }

    @Test
    void a_copy_version_needs_a_copy_code_and_starts_at_1() {
        assertRefused(() -> new NewScheme("x", 2024, "yongji", null, 1, null), "copyOfVersion");
        assertRefused(() -> new NewScheme("x", 2024, null, "jc", 0, null), "copyOfVersion");
    }

    private static void assertRefused(Runnable construction, String field) {
        assertThatThrownBy(construction::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
