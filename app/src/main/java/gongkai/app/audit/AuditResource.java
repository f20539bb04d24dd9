package gongkai.app.audit;

import gongkai.audit.AuditEntry;
import gongkai.audit.AuditFilter;
import gongkai.audit.AuditLog;
import gongkai.error.DomainException;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A tenant's audit log, for its office, newest first. */
@Path("v1/tenants/{code}/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "The audit log, filtered by actor, entity type, action and time (ISO-8601 instants)")
    public List<AuditEntry> search(@PathParam("code") String code,
                                   @QueryParam("actor") String actor,
                                   @QueryParam("entityType") String entityType,
                                   @QueryParam("action") String action,
                                   @QueryParam("from") String from,
                                   @QueryParam("to") String to,
                                   @QueryParam("limit") @DefaultValue("200") int limit) {
        return audit.search(new AuditFilter(blank(actor), blank(entityType), blank(action), instant("from", from),
                instant("to", to), limit));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, field + " must be an ISO-8601 instant such as 2026-01-31T16:00:00Z");
        }
    }
}
