package gongkai.survey.results;

import java.util.List;
import java.util.Optional;

/** The results of every unit of a campaign, in the campaign's unit order. */
public record CampaignResult(List<UnitResults> units) {
  public CampaignResult {
    units = List.copyOf(units);
  }

  public Optional<UnitResults> of(UnitCode unit) {
    return units.stream().filter(u -> u.unit().equals(unit)).findFirst();
  }
}
