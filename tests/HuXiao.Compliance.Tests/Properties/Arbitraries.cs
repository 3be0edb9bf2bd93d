using FsCheck;
using FsCheck.Fluent;
using HuXiao.Reporting;
using NodaTime;

namespace HuXiao.Compliance.Tests.Properties;

/// <summary>Any Table A report, including blanks and negatives.</summary>
public sealed record AnyReport(MonthlyReport Report);

/// <summary>A report with every Table A total filled, counts no more than A01.</summary>
public sealed record FilledReport(MonthlyReport Report);

/// <summary>A campus register of up to 40 campuses.</summary>
public sealed record AnyRegister(CampusRegister Register);

/// <summary>One campus and a number of extra guards.</summary>
public sealed record CampusAndExtraGuards(CampusRecord Campus, long ExtraGuards);

/// <summary>A date between 2017-01-01 and 2018-12-31.</summary>
public sealed record AnyDate(LocalDate Date);

public static class Arbs
{
    private static readonly string[] TableA = Enumerable.Range(1, 19).Select(i => $"A{i:00}").ToArray();

    private static Gen<YearMonth> Period => Gen.Choose(0, 20).Select(i => new YearMonth(2017, 1).PlusMonths(i));

    private static Gen<LocalDate> Date => Gen.Choose(0, 729).Select(i => new LocalDate(2017, 1, 1).PlusDays(i));

    public static Arbitrary<AnyDate> Dates() => Date.Select(d => new AnyDate(d)).ToArbitrary();

    public static Arbitrary<AnyReport> AnyReports()
    {
        // Each cell blank (1 in 8), negative (1 in 16) or 0–500.
        var cell = Gen.Frequency(
            (2, Gen.Constant<long?>(null)),
            (1, Gen.Choose(-5, -1).Select(v => (long?)v)),
            (13, Gen.Choose(0, 500).Select(v => (long?)v)));
        return (from period in Period
                from values in Gen.ArrayOf(cell, TableA.Length)
                select new AnyReport(Build(period, values)))
            .ToArbitrary();
    }

    public static Arbitrary<FilledReport> FilledReports()
        => (from period in Period
            from all in Gen.Choose(0, 300)
            from urban in Gen.Choose(0, all)
            from counts in Gen.ArrayOf(Gen.Choose(0, all), TableA.Length)
            select new FilledReport(Build(period, TableA.Select((code, i) => code switch
            {
                "A01" => all,
                "A02" => urban,
                "A03" => all - urban,
                _ => (long?)counts[i],
            }).ToArray())))
            .ToArbitrary();

    public static Arbitrary<AnyRegister> Registers()
        => (from recorded in Date
            from count in Gen.Choose(0, 40)
            from campuses in Gen.ListOf(Campus(), count)
            select new AnyRegister(new CampusRegister(TestData.Zhongyuan, recorded, campuses.Select((c, i) => c with { Code = $"c{i}" }))))
            .ToArbitrary();

    public static Arbitrary<CampusAndExtraGuards> CampusesAndGuards()
        => (from campus in Campus()
            from extra in Gen.Choose(0, 20)
            select new CampusAndExtraGuards(campus, extra))
            .ToArbitrary();

    private static Gen<CampusRecord> Campus()
        => from urban in Gen.Elements(true, false)
           from boarding in Gen.Choose(0, 800)
           from day in Gen.Choose(0, 3000)
           from staff in Gen.Choose(0, 200)
           from guards in Gen.Choose(0, 8)
           from flags in Gen.ArrayOf(Gen.Elements(true, false), 10)
           from cameras in Gen.Choose(0, 40)
           select new CampusRecord
           {
               Code = "c",
               Name = "生成的校园",
               Location = urban ? CampusLocation.Urban : CampusLocation.Rural,
               Type = CampusType.Other,
               BoardingStudents = boarding,
               NonBoardingStudents = day,
               Staff = staff,
               Guards = guards,
               CertifiedGuards = guards,
               SecurityStaff = flags[0] ? 1 : 0,
               ClosedManagement = flags[1],
               ProtectiveEquipmentItems = flags[2] ? 3 : 0,
               ProtectiveEquipmentComplete = flags[2] && flags[3],
               NeedsAntiRammingBarriers = flags[4],
               HasAntiRammingBarriers = flags[5],
               Cameras = cameras,
               CamerasAtGate = cameras > 0 && flags[6],
               VideoLinked = flags[7],
               MeetsNationalStandard = flags[8],
               OneTouchAlarmLinked = flags[9],
           };

    private static MonthlyReport Build(YearMonth period, long?[] values)
    {
        var builder = MonthlyReport.CreateBuilder(ReportSchema.Zhengzhou2017, TestData.City, period);
        for (var i = 0; i < TableA.Length; i++)
        {
            builder.SetTotal(TableA[i], values[i]);
        }

        return builder.Build();
    }
}
