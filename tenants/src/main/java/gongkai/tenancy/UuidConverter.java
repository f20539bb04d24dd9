package gongkai.tenancy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.UUID;

/**
 * EclipseLink 4.0.7's built-in UUID mapping fails on NULL (UUIDConverter calls toString on it), so nullable
 * uuid columns such as tenant.parent_id go through this one; the PostgreSQL driver reads and binds
 * java.util.UUID itself. (Converters never apply to ids, which are never null.)
 */
@Converter(autoApply = true)
public class UuidConverter implements AttributeConverter<UUID, Object> {

    @Override
    public Object convertToDatabaseColumn(UUID uuid) {
        return uuid;
    }

    @Override
    public UUID convertToEntityAttribute(Object value) {
        if (value == null || value instanceof UUID) {
            return (UUID) value;
        }
        return UUID.fromString(value.toString());
    }
}
