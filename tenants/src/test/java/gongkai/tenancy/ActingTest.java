package gongkai.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.error.DomainException;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActingTest {

  private static final UUID TENANT = UUID.randomUUID();

  private static Acting acting(Role role, boolean readOnly) {
    Caller caller = new Caller(UUID.randomUUID(), "u", TENANT, "t", role, null, "zh");
    return new Acting(caller, TENANT, "t", readOnly);
  }

  @ParameterizedTest(name = "{0}, read-only {1}: may change as office {2}")
  @CsvSource({
      "TENANT_ADMIN, false, true",
      "PLATFORM_ADMIN, false, true",
      "ASSESSOR, false, false",
      "UNIT_LIAISON, false, false",
      "TENANT_ADMIN, true, false",
      "PLATFORM_ADMIN, true, false"})
  void may_change_answers_as_require_change_decides(Role role, boolean readOnly, boolean expected) {
    Acting acting = acting(role, readOnly);

    assertThat(acting.mayChange(Role.TENANT_ADMIN)).isEqualTo(expected);
    if (expected) {
      assertThatCode(() -> acting.requireChange(Role.TENANT_ADMIN)).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> acting.requireChange(Role.TENANT_ADMIN)).isInstanceOf(DomainException.class);
    }
  }
}
