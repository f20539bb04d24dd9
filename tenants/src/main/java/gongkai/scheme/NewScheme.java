package gongkai.scheme;

import gongkai.error.Check;
import gongkai.error.DomainException;
import gongkai.scoring.SchemeDefinition;

/**
 * What the office gives to create a scheme: its code, its year and exactly one source: a built-in
 * {@code template}, a copy of one of its own schemes ({@code copyOfCode}, optionally {@code copyOfVersion}, else
 * the latest), or a whole {@code definition} (import). The year may be left out when the source carries one.
 */
public record NewScheme(String code, Integer year, String template, String copyOfCode, Integer copyOfVersion,
                        SchemeDefinition definition) {

    public NewScheme {
        code = Check.code("code", code);
        if (year != null) {
            year = Schemes.checkYear("year", year);
        }
        template = Check.optional("template", template, 64);
        copyOfCode = Check.optional("copyOfCode", copyOfCode, 64);
        int sources = (template == null ? 0 : 1) + (copyOfCode == null ? 0 : 1) + (definition == null ? 0 : 1);
        if (sources != 1) {
            throw DomainException.invalid(sources == 0 ? "template" : "definition",
                    "give exactly one source: template, copyOfCode or definition (import)"
                            + (sources == 0 ? "" : "; " + sources + " were given"));
        }
        if (copyOfVersion != null && copyOfCode == null) {
            throw DomainException.invalid("copyOfVersion", "copyOfVersion goes with copyOfCode");
        }
        if (copyOfVersion != null && copyOfVersion < 1) {
            throw DomainException.invalid("copyOfVersion", "versions start at 1");
        }
    }
}
