package gongkai.unit;

import gongkai.error.Check;
import gongkai.error.DomainException;
import gongkai.tenancy.Names;

/** What the office enters to create or change an assessed unit. */
public record UnitDraft(String code, UnitKind kind, Names names, String linkedTenantCode) {

    public UnitDraft {
        code = Check.unitCode("code", code);
        Check.present("kind", kind);
        Check.present("names", names);
        linkedTenantCode = Check.optional("linkedTenantCode", linkedTenantCode, 64);
        if (linkedTenantCode != null && kind != UnitKind.LOWER_GOVERNMENT) {
            throw DomainException.invalid("linkedTenantCode", "only a lower-level government links to its own tenant");
        }
    }
}
