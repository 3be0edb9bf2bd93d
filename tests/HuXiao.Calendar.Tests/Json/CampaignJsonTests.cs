using System.Text;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Calendar.Tests.Json;

public sealed class CampaignJsonTests
{
    private static readonly string s_fixture = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Json", "zhengzhou-2017.json"));

    [Fact]
    public void The_checked_in_document_equals_the_built_in_campaign()
    {
        var campaign = CampaignJson.Parse(s_fixture);
        Assert.Equal(Campaign.Zhengzhou2017, campaign);
        Assert.Equal(new LocalDate(2017, 7, 7), campaign.GetMilestone("drowning-prevention").DueDate);
    }

    [Fact]
    public void Serialize_writes_Chinese_unescaped_and_rules_not_resolved_dates()
    {
        var json = CampaignJson.Serialize(Campaign.Zhengzhou2017);
        Assert.Contains("\"郑公通〔2017〕66号\"", json, StringComparison.Ordinal);
        Assert.Contains("\"semesterEnd\": \"2016-2017-2\"", json, StringComparison.Ordinal);
        Assert.Contains("\"phaseEnd\": 2", json, StringComparison.Ordinal);
        Assert.Contains("\"reading\": \"onOrBefore\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_in_campaign_written_whole_reads_back_equal_with_its_form_targets_and_units()
    {
        var json = CampaignJson.Serialize(Campaign.Zhengzhou2017);
        var read = CampaignJson.Parse(json);
        Assert.Equal(Campaign.Zhengzhou2017, read);
        Assert.Equal(46, read.Form!.Count);
        Assert.Equal(Campaign.Zhengzhou2017.Form!.Rules.Select(r => r.Code), read.Form.Rules.Select(r => r.Code));
        Assert.Equal(Campaign.Zhengzhou2017.Targets.Select(t => t.Id), read.Targets.Select(t => t.Id));
        Assert.Equal(Campaign.Zhengzhou2017.Units!.Leaves.Select(u => u.Code), read.Units!.Leaves.Select(u => u.Code));
        Assert.NotEqual(Campaign.Zhengzhou2017, CampaignJson.Parse(json.Replace("\"atLeast\": 0.85", "\"atLeast\": 0.9", StringComparison.Ordinal)));
    }

    [Fact]
    public void Load_reads_a_utf8_stream()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(s_fixture));
        Assert.Equal(Campaign.Zhengzhou2017, CampaignJson.Load(stream));
    }

    [Fact]
    public void Semester_dates_from_json_move_derived_milestones()
    {
        var json = s_fixture.Replace("\"2017-07-07\"", "\"2017-07-14\"", StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2017, 7, 14), CampaignJson.Parse(json).GetMilestone("drowning-prevention").DueDate);
    }

    [Fact]
    public void Malformed_json_is_refused_with_its_position()
    {
        var error = Assert.Throws<CampaignDefinitionException>(() => CampaignJson.Parse("{ \"id\": "));
        Assert.Equal(CalendarErrorCodes.CampaignJsonMalformed, error.Code);
        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_is_refused()
    {
        var error = Assert.Throws<CampaignDefinitionException>(() => CampaignJson.Parse(s_fixture.Replace("\"timeZone\"", "\"timezone\"", StringComparison.Ordinal)));
        Assert.Contains("timezone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_key_is_refused()
    {
        var error = Assert.Throws<CampaignDefinitionException>(() => CampaignJson.Parse("{\"id\":\"a\",\"id\":\"b\"}"));
        Assert.Equal(CalendarErrorCodes.CampaignJsonMalformed, error.Code);
    }

    [Fact]
    public void Bad_values_are_all_reported_with_their_paths()
    {
        var json = s_fixture
            .Replace("\"2017-04-30\"", "\"2017-04-31\"", StringComparison.Ordinal)
            .Replace("\"onOrBefore\"", "\"inclusive\"", StringComparison.Ordinal)
            .Replace("\"Asia/Shanghai\"", "\"Asia/Zhengzhou\"", StringComparison.Ordinal);
        var error = Assert.Throws<CampaignDefinitionException>(() => CampaignJson.Parse(json));
        Assert.Equal(CalendarErrorCodes.CampaignJsonInvalidValue, error.Code);
        Assert.Contains(error.Problems, p => p.StartsWith("$.milestones[0].due.date “2017-04-31”不是 YYYY-MM-DD 形式的日期。 '2017-04-31' is not a date", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("$.monthlyReport.reading “inclusive”不在可选值中：onOrBefore、before。 'inclusive' is not one of: onOrBefore, before", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("$.timeZone “Asia/Zhengzhou”不是 IANA 时区标识", StringComparison.Ordinal) && p.Contains("'Asia/Zhengzhou' is not an IANA time-zone id", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("$.phases[0].end", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_required_fields_are_named()
    {
        var error = Assert.Throws<CampaignDefinitionException>(() => CampaignJson.Parse("{\"title\":{\"zh\":\"中\"}}"));
        Assert.Contains(error.Problems, p => p == "$.id 缺少或为空；此项必填。 is missing or empty; it is required.");
        Assert.Contains(error.Problems, p => p == "$.title.en 缺少或为空；此项必填。 is missing or empty; it is required.");
        Assert.Contains(error.Problems, p => p == "$.span 缺少；此项必填。 is missing; it is required.");
    }

    [Fact]
    public void Event_obligations_round_trip_and_missing_fields_are_named()
    {
        var json = CampaignJson.Serialize(Campaign.Zhengzhou2017);
        Assert.Contains("\"eventObligations\"", json, StringComparison.Ordinal);
        Assert.Equal(Campaign.Zhengzhou2017.EventObligations, CampaignJson.Parse(json).EventObligations);

        var bad = """
            {"id":"x","title":{"zh":"中","en":"x"},"span":{"start":"2018-03-01","end":"2018-12-31"},
             "eventObligations":[{"id":"e","trigger":{"zh":"中","en":"x"},"description":{"zh":"中"},"scope":{"zh":"中","en":"x"}}]}
            """;
        var error = Assert.Throws<CampaignDefinitionException>(() => CampaignJson.Parse(bad));
        Assert.Contains(error.Problems, p => p == "$.eventObligations[0].clause 缺少或为空；此项必填。 is missing or empty; it is required.");
        Assert.Contains(error.Problems, p => p == "$.eventObligations[0].description.en 缺少或为空；此项必填。 is missing or empty; it is required.");
    }

    [Fact]
    public void A_campaign_without_event_obligations_writes_none()
    {
        var campaign = Campaign.CreateBuilder("plain-2018", new BilingualText("中", "x")).WithSpan(new LocalDate(2018, 3, 1), new LocalDate(2018, 12, 31)).Build();
        Assert.DoesNotContain("eventObligations", CampaignJson.Serialize(campaign), StringComparison.Ordinal);
        Assert.Empty(CampaignJson.Parse(CampaignJson.Serialize(campaign)).EventObligations);
    }

    [Fact]
    public void A_due_rule_must_give_exactly_one_kind()
    {
        var json = """
            {"id":"x","title":{"zh":"中","en":"x"},"span":{"start":"2018-03-01","end":"2018-12-31"},
             "milestones":[{"id":"m","title":{"zh":"中","en":"x"},"requirement":{"zh":"中","en":"x"},"clause":"一","scope":{"zh":"中","en":"x"},
               "due":{"date":"2018-04-01","phaseEnd":1}}]}
            """;
        var error = Assert.Throws<CampaignDefinitionException>(() => CampaignJson.Parse(json));
        Assert.Contains("$.milestones[0].due 给出了 2 种期限；请只给一种", error.Message, StringComparison.Ordinal);
        Assert.Contains("gives 2 rules; give exactly one of", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_indicator_codes_fail_against_the_built_in_schema()
    {
        // A target names an indicator the form does not have: located at the target's parameter.
        var json = s_fixture.Replace("\"covered\": \"A19\"", "\"covered\": \"A99\"", StringComparison.Ordinal);
        Assert.NotEqual(s_fixture, json);
        var error = Assert.Throws<CampaignDefinitionException>(() => CampaignJson.Parse(json));
        Assert.Equal(CalendarErrorCodes.CampaignDefinition, error.Code);
        var problem = Assert.Single(error.DefinitionProblems);
        Assert.Equal((CampaignErrorCodes.UnknownIndicator, "covered"), (problem.Code, problem.Path[(problem.Path.LastIndexOf('.') + 1)..]));
        Assert.StartsWith("$.targets[", problem.Path, StringComparison.Ordinal);
        Assert.Contains("'A99'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_given_must_match_the_one_named()
    {
        var json = s_fixture.Replace("\"reportSchema\": \"zhengzhou-2017\"", "\"reportSchema\": \"other-form\"", StringComparison.Ordinal);
        var error = Assert.Throws<CampaignDefinitionException>(() => CampaignJson.Parse(json, ReportSchema.Zhengzhou2017));
        Assert.Contains("$.reportSchema", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_format_version_is_refused()
    {
        var error = Assert.Throws<CampaignDefinitionException>(() => CampaignJson.Parse(s_fixture.Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal)));
        Assert.Contains("format version 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_and_oversized_input_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => CampaignJson.Parse(null!));
        Assert.Throws<CampaignDefinitionException>(() => CampaignJson.Parse("null"));
        var error = Assert.Throws<CampaignDefinitionException>(() => CampaignJson.Parse(new string(' ', CampaignJson.MaxLength + 1)));
        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }
}
