package gongkai.app.scheme;

import gongkai.error.DomainException;
import gongkai.scheme.template.SchemeTemplates;
import gongkai.scoring.SchemeDefinition;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The built-in scheme templates (one per seed jurisdiction); any authenticated user reads them. */
@Path("v1/scheme-templates")
@Produces(MediaType.APPLICATION_JSON)
public class SchemeTemplateResource {

    @GET
    @Operation(summary = "The built-in scheme templates: id, name, year and description")
    public List<TemplateInfo> list() {
        return SchemeTemplates.ids().stream().map(id -> {
            SchemeDefinition d = SchemeTemplates.find(id).orElseThrow();
            return new TemplateInfo(id, d.name(), d.year(), d.description());
        }).toList();
    }

    @GET
    @Path("{templateId}")
    @Operation(summary = "One built-in template's whole scheme definition")
    public SchemeDefinition get(@PathParam("templateId") String templateId) {
        return SchemeTemplates.find(templateId).orElseThrow(() -> DomainException.notFound("template " + templateId));
    }
}
