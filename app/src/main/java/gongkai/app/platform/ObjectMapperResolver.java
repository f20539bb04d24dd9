package gongkai.app.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Hands {@link JsonMapper#MAPPER} to every Jackson provider Jersey may use (jackson-jakarta-rs also registers its
 * own through META-INF/services), so all JSON follows one configuration.
 */
@Provider
public class ObjectMapperResolver implements ContextResolver<ObjectMapper> {

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return JsonMapper.MAPPER;
    }
}
