using HuXiao.Calendar;
using HuXiao.Reporting;

namespace HuXiao.Compliance;

/// <summary>
/// Checks a campaign definition document whole — calendar, form, consistency rules, units and targets, including how
/// each target is judged — and lists every problem with its JSON path, as <c>huxiao campaign check</c> does.
/// </summary>
public static class CampaignDefinitionCheck
{
    /// <summary>Checks a definition document without throwing for what it holds.</summary>
    /// <param name="json">The document.</param>
    /// <param name="campaign">The campaign when there is no problem; otherwise <see langword="null"/>.</param>
    /// <returns>
    /// Every problem found (<see cref="CampaignJson.Check"/>, then <see cref="RuleCatalogue.CheckTargets"/>); empty when
    /// the document defines a campaign whose every target can be judged.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static IReadOnlyList<DefinitionProblem> Check(string json, out Campaign? campaign)
    {
        var problems = CampaignJson.Check(json, out campaign);
        if (campaign is null)
        {
            return problems;
        }

        var targets = RuleCatalogue.CheckTargets(campaign);
        if (targets.Count > 0)
        {
            campaign = null;
        }

        return targets;
    }
}
