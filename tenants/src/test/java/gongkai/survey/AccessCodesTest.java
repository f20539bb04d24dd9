package gongkai.survey;

import gongkai.error.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Access codes as typed back from a printed card: case, spaces and hyphens do not matter. */
class AccessCodesTest {

    @Test
    void a_code_typed_in_lower_case_with_spaces_or_without_its_hyphen_is_the_same_code() {
        assertThat(AccessCodes.normalise("abcde-23456")).isEqualTo("ABCDE23456");
        assertThat(AccessCodes.normalise(" ABCDE 23456 ")).isEqualTo("ABCDE23456");
        assertThat(AccessCodes.normalise("ABCDE23456")).isEqualTo("ABCDE23456");
    }

    @Test
    void a_blank_code_is_no_code() {
        assertThat(AccessCodes.normalise(null)).isNull();
        assertThat(AccessCodes.normalise(" - ")).isNull();
    }

    @Test
    void a_code_with_other_characters_is_refused_naming_access_code() {
        assertThatThrownBy(() -> AccessCodes.normalise("ABCDE'; drop"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field()).isEqualTo("accessCode");
        assertThatThrownBy(() -> AccessCodes.normalise("代码"))
                .extracting(e -> ((DomainException) e).field()).isEqualTo("accessCode");
    }
}
