package gongkai.tenancy;

import gongkai.error.Check;
import gongkai.error.DomainException;

import java.time.DateTimeException;
import java.time.ZoneId;

/** What an administrator enters to create or change a tenant. */
public record TenantDraft(String code, Names names, Level level, String parentCode, ZoneId timeZone,
                          String unitCodePrefix) {

    public TenantDraft {
        code = Check.code("code", code);
        Check.present("names", names);
        Check.present("level", level);
        if (level == Level.PLATFORM) {
            throw DomainException.invalid("level", "level PLATFORM is reserved for the platform itself");
        }
        parentCode = Check.optional("parentCode", parentCode, 64);
        timeZone = timeZone == null ? ZoneId.of("Asia/Shanghai") : timeZone;
        unitCodePrefix = Check.optional("unitCodePrefix", unitCodePrefix, 32);
    }

    public static ZoneId zone(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw DomainException.invalid(field, field + " is not a known time zone: " + value);
        }
    }
}
