using HuXiao.Reporting;
using HuXiao.Reporting.Validation;
using static HuXiao.Compliance.Tests.TestData;

namespace HuXiao.Compliance.Tests.Registers;

public class CampusRegisterTests
{
    private static CampusRegister Sample() => RegisterOf(D(2017, 6, 30),
        Campus("u1") with { Guards = 3, CertifiedGuards = 3, SecurityStaff = 2, ProtectiveEquipmentItems = 5, Cameras = 12, NeedsAntiRammingBarriers = true, HasAntiRammingBarriers = true, NeedsTrafficFacilities = true, HasTrafficFacilities = false },
        Campus("u2") with { Guards = 0, CertifiedGuards = 0, SecurityStaff = 0, ClosedManagement = false, ProtectiveEquipmentItems = 0, ProtectiveEquipmentComplete = false, Cameras = 4, CamerasAtGate = false, VideoLinked = false, MeetsNationalStandard = false, OneTouchAlarmLinked = false },
        Campus("r1", CampusLocation.Rural) with { Guards = 1, CertifiedGuards = 1, SecurityStaff = 3, ProtectiveEquipmentItems = 2, Cameras = 0, CamerasAtGate = false, VideoLinked = true, NeedsTrafficFacilities = true, HasTrafficFacilities = true, OneTouchAlarmLinked = false });

    [Fact]
    public void It_sums_into_all_19_figures_of_Table_A()
    {
        var report = Sample().ToReport();

        long?[] expected =
        [
            3, 2, 1,        // A01 campuses, A02 urban, A03 rural
            4, 2,           // A04 guards 3+0+1, A05 campuses with guards
            5, 2,           // A06 security staff 2+0+3, A07 campuses with them
            2,              // A08 closed management (u1, r1)
            7, 2,           // A09 items 5+0+2, A10 complete (u1, r1)
            1, 1, 2, 1,     // A11 need barriers, A12 have them, A13 need traffic, A14 have it
            16, 1, 2,       // A15 cameras 12+4+0, A16 at the gate (u1), A17 video linked (u1, r1)
            2, 1,           // A18 meeting the standard (u1, r1), A19 one-touch alarm (u1)
        ];
        var codes = Enumerable.Range(1, 19).Select(i => $"A{i:00}").ToArray();
        Assert.Equal(expected, codes.Select(report.Total));
        Assert.All(codes, c => Assert.Null(report.New(c)));
        Assert.Equal(new NodaTime.YearMonth(2017, 6), report.Period);
        Assert.Equal(Zhongyuan, report.Unit);
    }

    [Fact]
    public void Its_summary_report_has_no_consistency_error()
    {
        var result = RuleSet.For(ReportSchema.Zhengzhou2017).Validate(Sample().ToReport());

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void The_exact_urban_rate_counts_urban_campuses_only()
        => Assert.Equal(new Ratio(1, 2), Sample().UrbanRate());

    [Fact]
    public void Duplicate_codes_and_impossible_counts_are_refused_all_at_once()
    {
        var e = Assert.Throws<ComplianceException>(() => RegisterOf(D(2017, 6, 30),
            Campus("c1"), Campus("c1"), Campus("c2") with { Guards = 1, CertifiedGuards = 2, Staff = -1 }));

        Assert.Equal(ComplianceErrorCodes.InvalidRegister, e.Code);
        Assert.Contains("twice", e.Message, StringComparison.Ordinal);
        Assert.Contains("certified", e.Message, StringComparison.Ordinal);
        Assert.Contains("negative", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_record_has_no_field_for_a_persons_identity()
    {
        var names = typeof(CampusRecord).GetProperties().Select(p => p.Name.ToLowerInvariant()).ToArray();

        Assert.DoesNotContain(names, n => n.Contains("idnumber", StringComparison.Ordinal) || n.Contains("address", StringComparison.Ordinal) || n.Contains("person", StringComparison.Ordinal) || n.Contains("phone", StringComparison.Ordinal));
    }

    [Fact]
    public void Checking_a_register_runs_the_register_rules()
    {
        var result = new ComplianceChecker().Check(Sample(), D(2017, 7, 1));

        // After 2017-05-31: u2 lacks guards, closed management, equipment, gate video; r1 lacks gate video.
        Assert.Equal(ComplianceStatus.NotMet, result.Find("closed-management")!.Status);
        Assert.Equal(1, result.Find("closed-management")!.Shortfall);
        Assert.Equal(2, result.Find("gate-video")!.Shortfall);
        Assert.Equal(ComplianceStatus.NotMet, result.Find("traffic-facilities")!.Status);
        Assert.Equal(ComplianceStatus.NotDue, result.Find("one-touch-alarm")!.Status);
        Assert.NotNull(result.Find("staffing-norm"));
        Assert.NotNull(result.Find("drills-each-semester"));
    }
}
