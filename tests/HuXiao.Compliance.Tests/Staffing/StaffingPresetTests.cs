namespace HuXiao.Compliance.Tests.Staffing;

public class StaffingPresetTests
{
    // norms.md, 2015 规范: < 100 → 1; 100–1000 inclusive → 2; over 1000 → 2 + one per full further 500 (1500 → 3, 1499 → 2).
    [Theory]
    [InlineData(0, 1)]
    [InlineData(99, 1)]
    [InlineData(100, 2)]
    [InlineData(1000, 2)]
    [InlineData(1001, 2)]
    [InlineData(1499, 2)]
    [InlineData(1500, 3)]
    [InlineData(1999, 3)]
    [InlineData(2000, 4)]
    public void Norm_2015_by_students_plus_staff(long size, long required)
        => Assert.Equal(required, StaffingPreset.Norm2015.Required(size));

    // norms.md, GB/T 29315-2022: < 100 → 1; ≥ 1000 → 3 then +1 per further 500; 100–999 unknown.
    [Theory]
    [InlineData(99, 1L)]
    [InlineData(100, null)]
    [InlineData(999, null)]
    [InlineData(1000, 3L)]
    [InlineData(1499, 3L)]
    [InlineData(1500, 4L)]
    public void GbT_29315_2022_by_non_boarding_students(long size, long? required)
        => Assert.Equal(required, StaffingPreset.GbT29315_2022.Required(size));

    [Fact]
    public void The_2015_norm_counts_students_plus_staff_and_the_2022_standard_non_boarding_students()
    {
        var campus = TestData.Campus("c") with { BoardingStudents = 300, NonBoardingStudents = 1100, Staff = 100 };

        Assert.Equal(1500, StaffingPreset.Norm2015.SizeOf(campus));
        Assert.Equal(1100, StaffingPreset.GbT29315_2022.SizeOf(campus));
    }

    [Fact]
    public void Presets_carry_their_sources()
    {
        Assert.Contains("公治〔2015〕168号", StaffingPreset.Norm2015.Source, StringComparison.Ordinal);
        Assert.Contains("GB/T 29315-2022", StaffingPreset.GbT29315_2022.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_province_can_define_its_own_preset()
    {
        // Hubei as reported in norms.md: ≥ 2; over 1000 students +1 per 500.
        var hubei = new StaffingPreset("hubei", "湖北", StaffingBasis.Students,
            [new StaffingBand { From = 0, To = 1000, BaseGuards = 2 }, new StaffingBand { From = 1001, BaseGuards = 2, StepSize = 500, StepFrom = 1000 }],
            "provincial document as reported");

        Assert.Equal(2, hubei.Required(50));
        Assert.Equal(3, hubei.Required(1500));
    }

    [Fact]
    public void Bands_with_a_gap_are_refused()
    {
        var e = Assert.Throws<ComplianceException>(() => new StaffingPreset("gap", "gap", StaffingBasis.Students,
            [new StaffingBand { From = 0, To = 99, BaseGuards = 1 }, new StaffingBand { From = 200, BaseGuards = 2 }], "test"));

        Assert.Equal(ComplianceErrorCodes.InvalidStaffingPreset, e.Code);
    }

    [Fact]
    public void Bands_not_starting_at_zero_are_refused()
        => Assert.Equal(ComplianceErrorCodes.InvalidStaffingPreset, Assert.Throws<ComplianceException>(() =>
            new StaffingPreset("x", "x", StaffingBasis.Students, [new StaffingBand { From = 1, BaseGuards = 1 }], "test")).Code);
}
