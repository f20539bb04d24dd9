package gongkai.survey;

import gongkai.error.Check;
import gongkai.error.DomainException;
import gongkai.survey.results.EvaluationMode;
import gongkai.tenancy.Names;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A campaign to create: its units by code, the questionnaire (the tenant's default questionnaire when
 * {@code questionnaireCode} is null; its latest version when {@code questionnaireVersion} is null), opening and
 * closing as wall-clock times in the tenant's time zone, and its modes (public only by default). {@code slug}
 * (the public link's last segment) is generated when absent. {@code requiresAccessCode} (default false): a public
 * response needs a one-time access code the office issued.
 */
public record NewCampaign(String code, String slug, Names names, String questionnaireCode, Integer questionnaireVersion,
                          List<String> unitCodes, LocalDateTime opensAt, LocalDateTime closesAt,
                          List<EvaluationMode> modes, Boolean requiresAccessCode) {

    public NewCampaign(String code, String slug, Names names, String questionnaireCode, Integer questionnaireVersion,
                       List<String> unitCodes, LocalDateTime opensAt, LocalDateTime closesAt,
                       List<EvaluationMode> modes) {
        this(code, slug, names, questionnaireCode, questionnaireVersion, unitCodes, opensAt, closesAt, modes, null);
    }

    public NewCampaign {
        code = Check.code("code", code);
        slug = slug == null ? null : Check.code("slug", slug);
        Check.present("names", names);
        questionnaireCode = questionnaireCode == null ? null : Check.code("questionnaireCode", questionnaireCode);
        if (unitCodes == null || unitCodes.isEmpty()) {
            throw DomainException.invalid("unitCodes", "a campaign evaluates at least one unit");
        }
        for (int i = 0; i < unitCodes.size(); i++) {
            Check.unitCode("unitCodes[" + i + "]", unitCodes.get(i));
        }
        if (unitCodes.stream().distinct().count() != unitCodes.size()) {
            throw DomainException.invalid("unitCodes", "a unit is listed twice");
        }
        unitCodes = List.copyOf(unitCodes);
        Check.present("opensAt", opensAt);
        Check.present("closesAt", closesAt);
        if (!closesAt.isAfter(opensAt)) {
            throw DomainException.invalid("closesAt", "a campaign closes after it opens");
        }
        modes = modes == null || modes.isEmpty() ? List.of(EvaluationMode.PUBLIC)
                : modes.stream().distinct().sorted().toList();
    }
}
